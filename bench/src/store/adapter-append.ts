import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SqliteEventStore, type SqliteSynchronous } from '@app/event-store';
import { concurrentRate, ratePerSecond } from '../measure';
import { EVENT_TYPE, STREAMS, eventData, eventMetadata } from './event-fixture';

export interface AdapterFigures {
  sequential: number;
  concurrent: number;
  /** Appends per transaction under concurrency: what group commit achieved. */
  appendsPerCommit: number;
}

const newEvent = (n: number) => ({
  id: randomUUID(),
  type: EVENT_TYPE,
  data: eventData(n),
  metadata: eventMetadata(),
});

/** The SQLite adapter, one event per append at the exact expected revision: one writer, then `writers` at once. */
export async function adapterAppendRates(
  dir: string,
  synchronous: SqliteSynchronous,
  seconds: number,
  writers: number,
): Promise<AdapterFigures> {
  const sequentialStore = new SqliteEventStore({ file: join(dir, 'sequential.db'), synchronous });
  const revisions = new Map<string, bigint>();
  const appendNext = async (store: SqliteEventStore, stream: string, n: number) => {
    const current = revisions.get(stream);
    const result = await store.append(stream, [newEvent(n)], { expectedRevision: current ?? 'no_stream' });
    revisions.set(stream, result.nextExpectedRevision);
  };
  const sequential = await ratePerSecond(seconds, (n) =>
    appendNext(sequentialStore, `bench-${n % STREAMS}`, n),
  );
  await sequentialStore.close();

  revisions.clear();
  const concurrentStore = new SqliteEventStore({ file: join(dir, 'concurrent.db'), synchronous });
  const streamsPerWriter = Math.max(1, Math.floor(STREAMS / writers));
  // Each writer owns its streams, so every append's expected revision is exact and none conflicts.
  const concurrent = await concurrentRate(seconds, writers, (worker, n) =>
    appendNext(concurrentStore, `bench-${worker}-${n % streamsPerWriter}`, n),
  );
  const stats = concurrentStore.commitStats();
  await concurrentStore.close();
  return { sequential, concurrent, appendsPerCommit: stats.appends / Math.max(1, stats.transactions) };
}
