import type { AppConfig } from '@app/config';
import type { EventStore } from '@app/event-store';
import { ProjectionRuntime, ReadModelDatabase } from '@app/projections';
import { readModelRuntime } from '@app/recommendations';
import { withStore } from '../with-store';

export interface ProjectionsContext {
  runtime: ProjectionRuntime;
  db: ReadModelDatabase;
  store: EventStore;
}

const consoleLogger = {
  log: (message: string) => console.log(message),
  error: (message: string) => console.error(message),
};

/** Opens the store and the read-model file for one command, and always stops and closes them. */
export function withProjections<T>(
  config: AppConfig,
  work: (context: ProjectionsContext) => Promise<T>,
  options: { verbose?: boolean } = {},
): Promise<T> {
  return withStore(config, async (store) => {
    const db = ReadModelDatabase.inDataDir(config.dataDir);
    const runtime = readModelRuntime({
      db,
      store,
      batchSize: config.projectionBatchSize,
      logger: options.verbose ? consoleLogger : undefined,
    });
    try {
      return await work({ runtime, db, store });
    } finally {
      await runtime.stop();
      db.close();
    }
  });
}
