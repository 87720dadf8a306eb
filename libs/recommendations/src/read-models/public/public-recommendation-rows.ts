import type { RecordedEvent } from '@app/event-store';
import type { ReadView, Row, Write } from '@app/projections';
import { evolve, initialState, UnexpectedEventError, type RecommendationState } from '../../domain';
import type { EventDecoder } from '../../events';
import { recommendationIdOf } from '../projected-event';
import { positionShown, type ExistingState } from '../recommendation-view';
import { PUBLICATION_EVENTS, type RecommendationPublishedData } from './publication-events';
import { PUBLIC_TABLES } from './public.tables';

interface Staged {
  state: ExistingState;
  translations: Record<string, string>;
  seq: bigint;
  published: boolean;
  rationalePublic: boolean;
}

function stagedOf(row: Row | undefined): Staged | undefined {
  if (row === undefined) return undefined;
  return {
    state: JSON.parse(String(row.state)) as ExistingState,
    translations: JSON.parse(String(row.translations)) as Record<string, string>,
    seq: BigInt(row.seq ?? 0),
    published: Number(row.published) === 1,
    rationalePublic: Number(row.rationale_public) === 1,
  };
}

/** Only the contract's public fields: no actor, evidence, note, meeting, assessment or source response. */
export function publicRecommendationRow(id: string, staged: Staged): Row {
  const { state } = staged;
  const { source } = state;
  const rationale = staged.rationalePublic && 'rationale' in state ? (state.rationale ?? null) : null;
  const plan = 'plan' in state ? state.plan : undefined;
  return {
    id,
    reference: state.reference,
    text: state.text,
    language: state.language,
    translations: JSON.stringify(staged.translations),
    mechanism: source.mechanism.kind,
    body: source.mechanism.body ?? null,
    parties: JSON.stringify(source.recommendingParties.map(({ name, iso3 }) => ({ name, iso3 }))),
    state_under_review: source.stateUnderReview ?? null,
    upr_cycle: source.upr?.cycle ?? null,
    upr_session: source.upr?.session ?? null,
    document_symbol: source.documentSymbol ?? null,
    document: source.document ?? null,
    paragraph: source.paragraph ?? null,
    source_date: source.date ?? null,
    themes: JSON.stringify(state.themes),
    sdg_targets: JSON.stringify(state.sdgTargets),
    affected_groups: JSON.stringify(state.affectedGroups),
    status: state.status,
    position: positionShown(state),
    rationale,
    plan_id: plan?.planId ?? null,
    seq: staged.seq,
  };
}

function publicRows(id: string, staged: Staged): Write[] {
  const unpublish: Write[] = [
    { kind: 'delete', table: PUBLIC_TABLES.recommendations, where: { id } },
    { kind: 'delete', table: PUBLIC_TABLES.tags, where: { id } },
  ];
  if (!staged.published) return unpublish;
  const tag = (kind: string, value: string): Write => ({
    kind: 'insert',
    table: PUBLIC_TABLES.tags,
    row: { kind, value, id },
  });
  return [
    ...unpublish,
    { kind: 'insert', table: PUBLIC_TABLES.recommendations, row: publicRecommendationRow(id, staged) },
    ...[...new Set(staged.state.themes)].map((theme) => tag('theme', theme)),
    ...[...new Set(staged.state.sdgTargets)].map((target) => tag('sdg', target)),
  ];
}

function stagedRow(id: string, staged: Staged): Write {
  const row = {
    id,
    state: JSON.stringify(staged.state),
    translations: JSON.stringify(staged.translations),
    seq: staged.seq,
    published: staged.published ? 1 : 0,
    rationale_public: staged.rationalePublic ? 1 : 0,
  };
  return { kind: 'upsert', table: PUBLIC_TABLES.stagedRecommendations, key: ['id'], row };
}

function afterPublication(event: RecordedEvent, decoder: EventDecoder, before: Staged): Staged {
  if (event.type === PUBLICATION_EVENTS.recommendationUnpublished) return { ...before, published: false };
  const { rationalePublic } = decoder.data(event) as RecommendationPublishedData;
  return { ...before, published: true, rationalePublic: rationalePublic === true };
}

function afterContent(event: RecordedEvent, decoder: EventDecoder, before: Staged | undefined): Staged {
  const decoded = decoder.recommendationEvent(event);
  const state: RecommendationState = evolve(before?.state ?? initialState, decoded);
  if (state.status === 'none') throw new UnexpectedEventError('none', event.type);
  const translations = { ...before?.translations };
  if (decoded.type === 'TranslationAdded') translations[decoded.data.language] = decoded.data.text;
  return {
    state,
    translations,
    seq: before?.seq ?? event.position,
    published: before?.published ?? false,
    rationalePublic: before?.rationalePublic ?? false,
  };
}

const PUBLICATION = new Set<string>([
  PUBLICATION_EVENTS.recommendationPublished,
  PUBLICATION_EVENTS.recommendationUnpublished,
]);

/** A recommendation's staged fold, and its public row while it is published. */
export function publicRecommendationWrites(
  event: RecordedEvent,
  view: ReadView,
  decoder: EventDecoder,
): Write[] {
  const id = recommendationIdOf(event);
  const before = stagedOf(view.get(PUBLIC_TABLES.stagedRecommendations, { id }));
  if (PUBLICATION.has(event.type) && before === undefined) return [];
  const next =
    PUBLICATION.has(event.type) && before !== undefined
      ? afterPublication(event, decoder, before)
      : afterContent(event, decoder, before);
  // Content events of an unpublished recommendation touch no public table.
  const touchesPublic = next.published || before?.published === true;
  return [stagedRow(id, next), ...(touchesPublic ? publicRows(id, next) : [])];
}
