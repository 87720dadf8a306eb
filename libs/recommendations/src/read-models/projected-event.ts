import type { RecordedEvent } from '@app/event-store';
import { isRecommendationEventType } from '../domain';
import { RECOMMENDATION_STREAM_PREFIX } from '../commands/common/stream-names';

export interface EventActor {
  id: string;
  role: string;
}

/** The business time of an event: when the command ran (metadata), never when a projection sees it. */
export function eventTime(event: RecordedEvent): string {
  const occurredAt = event.metadata.occurredAt;
  return typeof occurredAt === 'string' ? occurredAt : event.recordedAt;
}

export function eventActor(event: RecordedEvent): EventActor {
  const actor = event.metadata.actor as Partial<EventActor> | undefined;
  return { id: String(actor?.id ?? 'unknown'), role: String(actor?.role ?? 'unknown') };
}

export const isRecommendationEvent = (event: RecordedEvent): boolean =>
  event.stream.startsWith(RECOMMENDATION_STREAM_PREFIX) && isRecommendationEventType(event.type);

export const recommendationIdOf = (event: RecordedEvent): string =>
  event.stream.slice(RECOMMENDATION_STREAM_PREFIX.length);
