import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { EMBEDDED_STORE_FILE, SqliteEventStore, ZERO_HASH, chainEvents } from '@app/event-store';
import {
  SyntheticClock,
  planStreamEvents,
  recommendationStreams,
  type GeneratedStream,
} from '../log/generated-streams';
import { appendGenerated } from '../log/append-generated';

/** The hash the next event of a generated (already chained) stream chains from. */
const previousHash = (stream: GeneratedStream): string =>
  String(stream.events[stream.events.length - 1]?.metadata?.hash ?? ZERO_HASH);

/** The secretariat's publication, appended at the end of each recommendation's chained stream. */
function published(stream: GeneratedStream, n: number, clock: SyntheticClock): GeneratedStream {
  const id = randomUUID();
  const event = {
    id: randomUUID(),
    type: 'RecommendationPublished',
    data: { rationalePublic: n % 2 === 0 },
    metadata: {
      actor: { id: 'bench-secretariat', role: 'secretariat' },
      occurredAt: clock.tick(),
      correlationId: id,
      causationId: id,
      commandId: id,
      schemaVersion: 1,
    },
  };
  return {
    stream: stream.stream,
    events: [...stream.events, ...chainEvents(previousHash(stream), [event])],
  };
}

/** Fills DATA_DIR's store with `count` recommendations through their lifecycles, each published; returns the head. */
export async function seedPublishedLog(dataDir: string, count: number): Promise<bigint> {
  const clock = new SyntheticClock();
  const store = new SqliteEventStore({
    file: join(dataDir, EMBEDDED_STORE_FILE),
    synchronous: 'NORMAL',
    clock: clock.now,
  });
  let n = 0;
  let events = 0;
  const queue: GeneratedStream[] = [planStreamEvents(clock)];
  const next = (): GeneratedStream | undefined => {
    if (queue.length === 0 && n < count) {
      const [reference, recommendation] = recommendationStreams(n, clock);
      queue.push(reference, published(recommendation, n, clock));
      n++;
    }
    const stream = queue.shift();
    if (stream) events += stream.events.length;
    return stream;
  };
  await appendGenerated(store, next);
  return BigInt(events);
}
