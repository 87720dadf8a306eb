import { InvalidAppendError } from './event-store.errors';
import type { EventFilter, EventToAppend, RecordedEvent } from './event-store.port';

const MAX_NAME_LENGTH = 512;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkName(kind: string, name: unknown): void {
  if (typeof name !== 'string' || name.length === 0)
    throw new InvalidAppendError(`${kind} must not be empty`);
  if (name.length > MAX_NAME_LENGTH) {
    throw new InvalidAppendError(
      `${kind} is ${name.length} characters; at most ${MAX_NAME_LENGTH} are allowed`,
    );
  }
  if (CONTROL_CHARACTERS.test(name))
    throw new InvalidAppendError(`${kind} must not contain control characters`);
  if (name.startsWith('$'))
    throw new InvalidAppendError(`${kind} must not start with '$' (reserved for the store)`);
}

export function checkStreamName(stream: unknown): void {
  checkName('Stream name', stream);
}

export function checkEventsToAppend(events: readonly EventToAppend[]): void {
  const seen = new Set<string>();
  for (const event of events) {
    checkName('Event type', event.type);
    if (typeof event.id !== 'string' || !UUID.test(event.id)) {
      throw new InvalidAppendError(`Event id ${JSON.stringify(event.id)} is not a UUID`);
    }
    const id = event.id.toLowerCase();
    if (seen.has(id)) throw new InvalidAppendError(`Event id ${event.id} appears twice in one append`);
    seen.add(id);
    if (event.data === null || typeof event.data !== 'object' || Array.isArray(event.data)) {
      throw new InvalidAppendError(`Event ${event.id} data must be a JSON object`);
    }
  }
}

export function matchesFilter(event: Pick<RecordedEvent, 'stream' | 'type'>, filter?: EventFilter): boolean {
  if (!filter) return true;
  const { streamNamePrefixes, eventTypes } = filter;
  if (streamNamePrefixes?.length && !streamNamePrefixes.some((prefix) => event.stream.startsWith(prefix))) {
    return false;
  }
  if (eventTypes?.length && !eventTypes.includes(event.type)) return false;
  return true;
}
