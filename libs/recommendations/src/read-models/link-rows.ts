import type { RecordedEvent } from '@app/event-store';
import type { Write } from '@app/projections';
import type { RecommendationEvent } from '../domain';
import { eventTime } from './projected-event';
import { TABLES } from './read-model.tables';

/** A declared link is a row both sides read: outgoing where `from_id` is the page, incoming where `to_id` is. */
export function linkRows(id: string, event: RecordedEvent, decoded: RecommendationEvent): Write[] {
  if (decoded.type === 'RecommendationLinked') {
    const { kind, otherRecommendationId } = decoded.data;
    return [
      {
        kind: 'upsert',
        table: TABLES.links,
        key: ['from_id', 'kind', 'to_id'],
        row: { from_id: id, kind, to_id: otherRecommendationId, linked_at: eventTime(event) },
      },
    ];
  }
  if (decoded.type === 'RecommendationUnlinked') {
    const { kind, otherRecommendationId } = decoded.data;
    return [
      { kind: 'delete', table: TABLES.links, where: { from_id: id, kind, to_id: otherRecommendationId } },
    ];
  }
  return [];
}
