import type { RecordedEvent } from '@app/event-store';
import type { Row, Write } from '@app/projections';
import { referenceKey } from '../commands/common/stream-names';
import { TABLES } from './read-model.tables';
import { sourceColumns } from './source-columns';
import {
  latestMechanismGrade,
  positionShown,
  type RecommendationView,
  type Transition,
} from './recommendation-view';

/** The row the lists filter on, with the whole view beside it for the answers. */
export function recommendationColumns(id: string, view: RecommendationView): Row {
  const { state } = view;
  const plan = 'plan' in state && state.plan !== undefined ? state.plan : undefined;
  return {
    id,
    seq: BigInt(view.seq),
    reference: state.reference,
    reference_key: referenceKey(state.reference),
    status: state.status,
    position: positionShown(state),
    plan_id: plan?.planId ?? null,
    review_due_date: 'reviewDueDate' in state ? (state.reviewDueDate ?? null) : null,
    plan_target_date: plan?.targetDate ?? null,
    revision: view.revision,
    updated_at: view.updatedAt,
    view: JSON.stringify(view),
    mechanism_grade: latestMechanismGrade(view),
    published: state.publication === undefined ? 0 : 1,
    ...sourceColumns(state),
  };
}

/** A new row is inserted; a stored one gets only its changed columns, so unchanged indexes are not rewritten. */
export function recommendationWrite(id: string, view: RecommendationView, stored: Row | undefined): Write {
  const row = recommendationColumns(id, view);
  if (!stored) return { kind: 'insert', table: TABLES.recommendations, row };
  const changed = Object.entries(row).filter(([column, value]) => String(value) !== String(stored[column]));
  return { kind: 'update', table: TABLES.recommendations, where: { id }, set: Object.fromEntries(changed) };
}

export function transitionRow(id: string, event: RecordedEvent, transition: Transition): Write {
  return {
    kind: 'insert',
    table: TABLES.transitions,
    row: {
      recommendation_id: id,
      revision: event.revision,
      position: event.position,
      type: transition.type,
      from_status: transition.from,
      to_status: transition.to,
      at: transition.at,
      actor_id: transition.actor.id,
      actor_role: transition.actor.role,
    },
  };
}

/** Themes and SDG targets, one row each, for the filters and the counts; rewritten whenever the proposal changes. */
export function tagRows(id: string, view: RecommendationView, replacing: boolean): Write[] {
  const tag =
    (kind: string) =>
    (value: string): Write => ({
      kind: 'insert',
      table: TABLES.tags,
      row: { recommendation_id: id, kind, value },
    });
  return [
    ...(replacing ? [{ kind: 'delete', table: TABLES.tags, where: { recommendation_id: id } } as const] : []),
    ...[...new Set(view.state.themes)].map(tag('theme')),
    ...[...new Set(view.state.sdgTargets)].map(tag('sdg')),
  ];
}

export function searchRows(view: RecommendationView, replacing: boolean): Write[] {
  const rowid = BigInt(view.seq);
  return [
    ...(replacing ? [{ kind: 'delete', table: TABLES.search, where: { rowid } } as const] : []),
    {
      kind: 'insert',
      table: TABLES.search,
      row: { rowid, reference: view.state.reference, text: view.state.text },
    },
  ];
}
