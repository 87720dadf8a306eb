import type { Projection } from '@app/projections';
import { LIFECYCLE_ROWS, type RecommendationEventType, type RecommendationStatus } from '../domain';
import { eventTime, isRecommendationEvent, recommendationIdOf } from './projected-event';
import { FEED_TABLES, TABLES } from './read-model.tables';

/** Every event type moves to exactly one status (the lifecycle table's `to`), so the feed needs no state. */
export const STATUS_AFTER_EVENT = Object.fromEntries(
  LIFECYCLE_ROWS.map((row) => [row.eventType, row.to]),
) as Record<RecommendationEventType, RecommendationStatus>;

/** One row per recommendation event, in log order: what a reporting job reads incrementally. */
export const feedProjection: Projection = {
  name: 'feed',
  version: 1,
  tables: FEED_TABLES,
  handles: isRecommendationEvent,
  project: (event) => [
    {
      kind: 'upsert',
      table: TABLES.feed,
      key: ['position'],
      row: {
        position: event.position,
        recommendation_id: recommendationIdOf(event),
        type: event.type,
        status: STATUS_AFTER_EVENT[event.type as RecommendationEventType],
        at: eventTime(event),
      },
    },
  ],
};
