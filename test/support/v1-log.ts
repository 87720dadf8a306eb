import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore, ExportedEvent } from '@app/event-store';

/** test/fixtures/v1-log.jsonl: an audit export written by the version 1 model (see test/fixtures/README.md). */
export const V1_LOG: ExportedEvent[] = readFileSync(join(__dirname, '..', 'fixtures', 'v1-log.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as ExportedEvent);

/** The id the version 1 log gave the recommendation with this reference. */
export const v1IdOf = (reference: string): string => {
  const proposed = V1_LOG.find((e) => e.type === 'RecommendationProposed' && e.data.reference === reference);
  if (!proposed) throw new Error(`No ${reference} in the v1 log fixture`);
  return String(proposed.data.recommendationId);
};

/** Appends the exported events as they were stored (ids, payloads, metadata, hashes), stream by stream. */
export async function appendV1Log(store: EventStore): Promise<bigint> {
  let last = 0n;
  for (const event of V1_LOG) {
    const expectedRevision = event.revision === 0 ? 'no_stream' : BigInt(event.revision - 1);
    const { id, type, data, metadata } = { id: event.eventId, ...event };
    ({ position: last } = await store.append(event.stream, [{ id, type, data, metadata }], {
      expectedRevision,
    }));
  }
  return last;
}
