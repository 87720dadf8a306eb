import {
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type Filter,
  type Position as ClientPosition,
} from '@eventstore/db-client';
import type { EventFilter } from '../event-store.port';
import { matchesFilter } from '../event-store.validation';
import { isSystemEvent } from './recorded-event';

type CheckpointReached = (position: ClientPosition) => void;

/**
 * The filter the server applies to a subscription. EventStoreDB filters on stream names or on event types, not both:
 * stream prefixes win (usually the narrower), and `acceptsEvent` applies the rest on the client.
 */
export function serverFilterFor(filter: EventFilter | undefined, onCheckpoint: CheckpointReached): Filter {
  const checkpointReached = (_subscription: unknown, position: ClientPosition): void =>
    onCheckpoint(position);
  const prefixes = filter?.streamNamePrefixes ?? [];
  if (prefixes.length > 0 && !prefixes.includes('')) {
    return streamNameFilter({ prefixes: [...prefixes], checkpointReached });
  }
  const types = filter?.eventTypes ?? [];
  if (types.length > 0) {
    return eventTypeFilter({ regex: `^(?:${types.map(escapeRegex).join('|')})$`, checkpointReached });
  }
  return excludeSystemEvents({ checkpointReached });
}

/** The port's filter, checked again on the client: the server filter is a coarser prefix or pattern match. */
export function acceptsEvent(
  event: { streamId: string; type: string },
  filter: EventFilter | undefined,
): boolean {
  return !isSystemEvent(event) && matchesFilter({ stream: event.streamId, type: event.type }, filter);
}

/** Escapes what both JavaScript and .NET regular expressions (the server's) treat as special. */
function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, (character) => `\\${character}`);
}
