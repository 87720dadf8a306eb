import { join } from 'node:path';
import { EMBEDDED_STORE_FILE, SqliteEventStore } from '@app/event-store';
import { ReadModelDatabase } from '@app/projections';
import { readModelRuntime } from '@app/recommendations';
import { withPeakMemory } from '../measure';

export interface RebuildFigures {
  /** Seconds to rebuild every read model, one projection after the other, each from position 0. */
  seconds: number;
  perProjection: Record<string, number>;
  peakRssMiB: number;
  /** RSS before the rebuild started, so the peak can be read as growth. */
  startRssMiB: number;
}

/** Rebuilds all read models of DATA_DIR through the projection runtime's own rebuild (shadow tables, then swap). */
export async function rebuildAll(dataDir: string, batchSize: number): Promise<RebuildFigures> {
  const store = new SqliteEventStore({ file: join(dataDir, EMBEDDED_STORE_FILE) });
  const db = ReadModelDatabase.inDataDir(dataDir);
  const runtime = readModelRuntime({ db, store, batchSize });
  const startRssMiB = process.memoryUsage.rss() / 2 ** 20;
  const started = performance.now();
  try {
    const { result: perProjection, peakMiB } = await withPeakMemory(async () => {
      const seconds: Record<string, number> = {};
      for (const name of runtime.names) seconds[name] = (await runtime.rebuild(name)).seconds;
      return seconds;
    });
    return { seconds: (performance.now() - started) / 1000, perProjection, peakRssMiB: peakMiB, startRssMiB };
  } finally {
    await runtime.stop();
    db.close();
    await store.close();
  }
}
