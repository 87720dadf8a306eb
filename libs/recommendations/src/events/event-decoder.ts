import type { JsonObject } from '@app/event-store';
import { DomainError, isRecommendationEventType, type RecommendationEvent } from '../domain';
import { productionUpcasters } from './event-upcasters';
import type { StoredEvent, UpcastEvent, UpcasterRegistry } from './upcaster.registry';
import { withoutNulls } from './without-nulls';

/** A stored event of a type this code does not know, where a recommendation event must be. */
export class UnknownEventTypeError extends DomainError {
  readonly code = 'EVENT.UNKNOWN_TYPE';
  // A stored log the code cannot read is our fault, never the caller's.
  readonly kind = 'internal';
  constructor(readonly eventType: string) {
    super(`Stored event type ${eventType} is not a recommendation event`);
  }
}

/**
 * The one way a stored event is read back, by commands, history, state and the read models: upcast to its newest
 * shape, then nulls dropped, since no payload gives null a meaning and an amendment's null means "not amended".
 */
export class EventDecoder {
  constructor(private readonly upcasters: UpcasterRegistry = productionUpcasters()) {}

  decode(event: StoredEvent): UpcastEvent {
    const upcast = this.upcasters.upcast(event);
    return { ...upcast, data: withoutNulls(upcast.data) };
  }

  /** For a fold: the decoded event as the decider's event type. */
  decodeAs<E extends { type: string; data: object }>(event: StoredEvent): E {
    const { type, data } = this.decode(event);
    return { type, data } as unknown as E;
  }

  data(event: StoredEvent): JsonObject {
    return this.decode(event).data;
  }

  /** The type guard, then the decoding: a type the recommendation decider does not know is refused. */
  recommendationEvent(event: StoredEvent): RecommendationEvent {
    if (!isRecommendationEventType(event.type)) throw new UnknownEventTypeError(event.type);
    return this.decodeAs<RecommendationEvent>(event);
  }
}
