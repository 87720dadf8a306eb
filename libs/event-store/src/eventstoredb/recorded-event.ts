import type {
  AllStreamResolvedEvent,
  Position as ClientPosition,
  ResolvedEvent,
} from '@eventstore/db-client';
import type { JsonObject, Position, RecordedEvent } from '../event-store.port';

type ClientRecordedEvent = NonNullable<ResolvedEvent['event'] | AllStreamResolvedEvent['event']>;

/** Events the server writes for itself (`$`-prefixed types or streams): never part of the application's log. */
export function isSystemEvent(event: Pick<ClientRecordedEvent, 'streamId' | 'type'>): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/** The client position of a read or subscribed event; both positions are needed to resume exactly there. */
export function clientPositionOf(resolved: ResolvedEvent | AllStreamResolvedEvent): ClientPosition {
  const position = resolved.event?.position;
  if (position) return position;
  if (resolved.commitPosition !== undefined) {
    return { commit: resolved.commitPosition, prepare: resolved.commitPosition };
  }
  throw new Error(
    'EventStoreDB sent an event without its position; the adapter needs EventStoreDB 22.6 or later',
  );
}

/** The port's position of an event: EventStoreDB's commit position. */
export function portPositionOf(resolved: ResolvedEvent | AllStreamResolvedEvent): Position {
  return clientPositionOf(resolved).commit;
}

/** Where the server should start an exclusive read: after this port position (0 is the start of the log). */
export function toClientPosition(position: Position): ClientPosition | 'start' {
  return position === 0n ? 'start' : { commit: position, prepare: position };
}

export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event) return undefined;
  return {
    id: event.id.toLowerCase(),
    stream: event.streamId,
    revision: event.revision,
    position: portPositionOf(resolved),
    type: event.type,
    data: asJsonObject(event.data),
    metadata: event.metadata === undefined ? {} : asJsonObject(event.metadata),
    recordedAt: event.created.toISOString(),
  };
}

/** The port carries JSON objects; anything else another writer stored is wrapped rather than dropped. */
function asJsonObject(value: unknown): JsonObject {
  const decoded = value instanceof Uint8Array ? decodeBytes(value) : value;
  if (decoded !== null && typeof decoded === 'object' && !Array.isArray(decoded))
    return decoded as JsonObject;
  return { value: decoded };
}

function decodeBytes(bytes: Uint8Array): unknown {
  const text = Buffer.from(bytes).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return Buffer.from(bytes).toString('base64');
  }
}
