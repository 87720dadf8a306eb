import type { RecordedEvent } from '@app/event-store';
import type { ReadView, Row, Write } from '@app/projections';
import {
  evolveAction,
  initialActionState,
  UnexpectedEventError,
  type ActionEvent,
  type ActionState,
} from '../../domain';
import { ACTION_STREAM_PREFIX } from '../../commands/common/stream-names';
import type { EventDecoder } from '../../events';
import { PUBLICATION_EVENTS } from './publication-events';
import { PUBLIC_TABLES } from './public.tables';

type ExistingAction = Exclude<ActionState, { status: 'none' }>;

/** Only the contract's public fields; indicators without their reporting schedules. */
function publicActionRow(actionId: string, state: ExistingAction): Row {
  return {
    action_id: actionId,
    plan_id: state.planId,
    number: state.number,
    title: state.title,
    description: state.description ?? null,
    lead_institution_id: state.leadInstitutionId ?? null,
    supporting_institution_ids: JSON.stringify(state.supportingInstitutionIds),
    start_date: state.startDate ?? null,
    target_date: state.targetDate ?? null,
    status: state.status,
    indicators: JSON.stringify(
      state.indicators.map(({ indicatorId, name, unit, baseline, target }) => ({
        indicatorId,
        name,
        unit,
        baseline: baseline ?? null,
        target: target ?? null,
      })),
    ),
  };
}

function publicRows(actionId: string, state: ExistingAction, published: boolean): Write[] {
  const unpublish: Write[] = [
    { kind: 'delete', table: PUBLIC_TABLES.actions, where: { action_id: actionId } },
    { kind: 'delete', table: PUBLIC_TABLES.links, where: { action_id: actionId } },
  ];
  if (!published) return unpublish;
  return [
    ...unpublish,
    { kind: 'insert', table: PUBLIC_TABLES.actions, row: publicActionRow(actionId, state) },
    ...[...new Set(state.recommendationIds)].map((recommendationId): Write => ({
      kind: 'insert',
      table: PUBLIC_TABLES.links,
      row: { action_id: actionId, recommendation_id: recommendationId },
    })),
  ];
}

const PUBLICATION = new Set<string>([
  PUBLICATION_EVENTS.actionPublished,
  PUBLICATION_EVENTS.actionUnpublished,
]);

/** An action's staged fold, and its public row and links while it is published. */
export function publicActionWrites(event: RecordedEvent, view: ReadView, decoder: EventDecoder): Write[] {
  const actionId = event.stream.slice(ACTION_STREAM_PREFIX.length);
  const stored = view.get(PUBLIC_TABLES.stagedActions, { action_id: actionId });
  const before =
    stored === undefined ? initialActionState : (JSON.parse(String(stored.state)) as ActionState);
  const wasPublished = Number(stored?.published ?? 0) === 1;
  if (PUBLICATION.has(event.type) && before.status === 'none') return [];
  const published = PUBLICATION.has(event.type)
    ? event.type === PUBLICATION_EVENTS.actionPublished
    : wasPublished;
  const state = PUBLICATION.has(event.type)
    ? before
    : evolveAction(before, decoder.decodeAs<ActionEvent>(event));
  if (state.status === 'none') throw new UnexpectedEventError('none', event.type);
  const staged: Write = {
    kind: 'upsert',
    table: PUBLIC_TABLES.stagedActions,
    key: ['action_id'],
    row: { action_id: actionId, state: JSON.stringify(state), published: published ? 1 : 0 },
  };
  return [staged, ...(published || wasPublished ? publicRows(actionId, state, published) : [])];
}
