import type { RecordedEvent } from '@app/event-store';
import type { Projection, ReadView, Write } from '@app/projections';
import type { PlanRegistered } from '../domain';
import { PLAN_STREAM_PREFIX } from '../commands/common/stream-names';
import { EventDecoder } from '../events';
import { eventTime, isRecommendationEvent, recommendationIdOf } from './projected-event';
import { LIFECYCLE_TABLES, TABLES } from './read-model.tables';
import { recommendationWrite, searchRows, tagRows, transitionRow } from './recommendation-rows';
import { partyRows } from './source-columns';
import { translationRows } from './translation-rows';
import { linkRows } from './link-rows';
import { nextView, type RecommendationView } from './recommendation-view';

/** Events whose payload carries the text, reference, source, themes or SDG targets. */
const REWRITES_PROPOSAL = new Set([
  'RecommendationProposed',
  'RecommendationAmended',
  'RecommendationCorrected',
]);

const isPlanRegistered = (event: RecordedEvent): boolean =>
  event.stream.startsWith(PLAN_STREAM_PREFIX) && event.type === 'PlanRegistered';

function projectRecommendation(event: RecordedEvent, view: ReadView, decoder: EventDecoder): Write[] {
  const id = recommendationIdOf(event);
  const stored = view.get(TABLES.recommendations, { id });
  const before = stored ? (JSON.parse(String(stored.view)) as RecommendationView) : undefined;
  // A revision already applied changes nothing, should a store ever deliver it twice.
  if (before && BigInt(before.revision) >= event.revision) return [];
  const decoded = decoder.recommendationEvent(event);
  const next = nextView(before, event, decoded);
  const proposalChanged = REWRITES_PROPOSAL.has(event.type);
  return [
    recommendationWrite(id, next.view, stored),
    transitionRow(id, event, next.transition),
    ...(proposalChanged
      ? [
          ...tagRows(id, next.view, before !== undefined),
          ...partyRows(id, next.view, before !== undefined),
          ...searchRows(next.view, before !== undefined),
        ]
      : []),
    ...(decoded.type === 'TranslationAdded' ? translationRows(id, next.view, event, decoded, view) : []),
    ...linkRows(id, event, decoded),
  ];
}

function projectPlan(event: RecordedEvent, decoder: EventDecoder): Write[] {
  const { planId, title, periodStart, periodEnd } = decoder.data(event) as PlanRegistered['data'];
  return [
    {
      kind: 'upsert',
      table: TABLES.plans,
      key: ['id'],
      row: {
        id: planId,
        title,
        period_start: periodStart,
        period_end: periodEnd,
        registered_at: eventTime(event),
        position: event.position,
      },
    },
  ];
}

/** Each recommendation's lifecycle (fields, status, transitions, time in status), its tags, text index, and plans. */
export const lifecycleProjection = (decoder: EventDecoder): Projection => ({
  name: 'recommendations',
  // 2: the reference_key column, for `?reference=`. 3: model version 2's source columns and parties.
  // 4: translations and their search, corrections counted. 5: parties' regional groups in one spelling, or known.
  // 6: links between recommendations, mechanisms' assessments and their latest grade. 7: publication.
  version: 7,
  tables: LIFECYCLE_TABLES,
  handles: (event) => isRecommendationEvent(event) || isPlanRegistered(event),
  project: (event, view) =>
    isPlanRegistered(event) ? projectPlan(event, decoder) : projectRecommendation(event, view, decoder),
});

/** The lifecycle projection reading through the production upcasters. */
export const recommendationLifecycleProjection = lifecycleProjection(new EventDecoder());
