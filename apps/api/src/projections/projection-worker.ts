import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { storeSelection, type AppConfig } from '@app/config';
import { createEventStore } from '@app/event-store';
import { ReadModelDatabase } from '@app/projections';
import { readModelRuntime, upcastersFromModule } from '@app/recommendations';
import type { ProjectionThreadMessage } from './projection-thread.messages';

/** A commit by the API's own connection is seen within this long; PRAGMA data_version costs about a microsecond. */
const POLL_MS = 2;

/** The API's projections on their own thread: the read-model writes never hold up a command on the event loop. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('projection-worker runs only as a worker thread');
  const { config, upcastersModule } = workerData as { config: AppConfig; upcastersModule?: string };
  const send = (message: ProjectionThreadMessage): void => port.postMessage(message);
  const store = createEventStore({ ...storeSelection(config), pollMs: POLL_MS });
  const db = ReadModelDatabase.inDataDir(config.dataDir);
  const runtime = readModelRuntime({
    db,
    store,
    // The same upcasters as the API's commands and history, loaded from the same module.
    upcasters: upcastersFromModule(upcastersModule),
    batchSize: config.projectionBatchSize,
    logger: {
      log: (message) => send({ kind: 'log', message }),
      error: (message) => send({ kind: 'error', message }),
    },
  });
  runtime.onCommit(() => send({ kind: 'committed' }));
  port.on('message', (message: unknown) => {
    if (message !== 'stop') return;
    void runtime
      .stop()
      .then(() => store.close())
      .finally(() => {
        db.close();
        port.close();
      });
  });
  runtime.start();
  send({ kind: 'started' });
}

// A failure here ends the thread with an 'error' event: the host logs it and starts another (projection-thread.ts).
void main();
