import type { RecordedEvent } from '@app/event-store';
import type { Projection, ReadView, Write } from '@app/projections';
import {
  LIFECYCLE_ROWS,
  SAME_STATUS,
  UnexpectedEventError,
  type LifecycleTarget,
  type RecommendationEventType,
} from '../domain';
import { eventTime, isRecommendationEvent, recommendationIdOf } from './projected-event';
import { FEED_TABLES, TABLES } from './read-model.tables';

/** Every event type moves to one status (the lifecycle table's `to`), or keeps the one it found (`unchanged`). */
export const STATUS_AFTER_EVENT = Object.fromEntries(
  LIFECYCLE_ROWS.map((row) => [row.eventType, row.to]),
) as Record<RecommendationEventType, LifecycleTarget>;

/** A status-keeping event never starts a stream; one that does breaks the lifecycle and is refused. */
function statusBefore(event: RecordedEvent, recommendationId: string, view: ReadView): string {
  const stored = view.get(TABLES.feedStatus, { recommendation_id: recommendationId });
  if (stored === undefined) throw new UnexpectedEventError('none', event.type);
  return String(stored.status);
}

function feedRows(event: RecordedEvent, view: ReadView): Write[] {
  const recommendationId = recommendationIdOf(event);
  const after = STATUS_AFTER_EVENT[event.type as RecommendationEventType];
  const status = after === SAME_STATUS ? statusBefore(event, recommendationId, view) : after;
  return [
    {
      kind: 'upsert',
      table: TABLES.feed,
      key: ['position'],
      row: {
        position: event.position,
        recommendation_id: recommendationId,
        type: event.type,
        status,
        at: eventTime(event),
      },
    },
    ...(after === SAME_STATUS
      ? []
      : [
          {
            kind: 'upsert',
            table: TABLES.feedStatus,
            key: ['recommendation_id'],
            row: { recommendation_id: recommendationId, status },
          } as const,
        ]),
  ];
}

/** One row per recommendation event, in log order: what a reporting job reads incrementally. */
export const feedProjection: Projection = {
  name: 'feed',
  // 2: feed_status, for the events that keep the status.
  version: 2,
  tables: FEED_TABLES,
  handles: isRecommendationEvent,
  project: feedRows,
};
