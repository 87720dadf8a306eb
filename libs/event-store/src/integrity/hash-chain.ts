import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { JsonObject } from '../event-store.port';

/** The hash the first event of every stream chains from. */
export const ZERO_HASH = '0'.repeat(64);

export interface ChainLinks extends JsonObject {
  prevHash: string;
  hash: string;
}

export interface HashableEvent {
  type: string;
  data: JsonObject;
  /** The event's metadata; its `hash` field, if any, is left out of what is hashed. */
  metadata: JsonObject;
}

/** RFC 8785 (JCS) canonical JSON: sorted keys, no white space, shortest number form. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Value has no JSON form');
  return text;
}

/** hash = SHA-256 hex of UTF-8( prevHash + canonicalJson({ type, data, metadata without hash }) ). */
export function eventHash(prevHash: string, event: HashableEvent): string {
  const { hash: _omitted, ...metadata } = event.metadata;
  return createHash('sha256')
    .update(prevHash, 'utf8')
    .update(canonicalJson({ type: event.type, data: event.data, metadata }), 'utf8')
    .digest('hex');
}

/** Adds `prevHash` and `hash` to each event's metadata, continuing the chain from `prevHash`. */
export function chainEvents<E extends HashableEvent>(
  prevHash: string,
  events: readonly E[],
): Array<E & { metadata: ChainLinks }> {
  let previous = prevHash;
  return events.map((event) => {
    const metadata = { ...event.metadata, prevHash: previous };
    const hash = eventHash(previous, { ...event, metadata });
    previous = hash;
    return { ...event, metadata: { ...metadata, hash } };
  });
}

/** The hash a new event in the stream chains from: the last event's hash, or the zero hash. */
export function lastHash(events: readonly { metadata: JsonObject }[]): string {
  const last = events[events.length - 1];
  return last === undefined ? ZERO_HASH : String(last.metadata.hash);
}
