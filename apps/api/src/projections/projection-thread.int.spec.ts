import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, storeSelection, type AppConfig } from '@app/config';
import { createEventStore, type EventStore } from '@app/event-store';
import { ProjectionRuntime, ReadModelDatabase } from '@app/projections';
import { PROJECTION_NAMES, readModelRuntime } from '@app/recommendations';
import { appendGeneratedPlan, appendGeneratedRecommendations } from '@app/testing';
import { ProjectionThread } from './projection-thread';

describe('ProjectionThread', () => {
  let dataDir: string;
  let config: AppConfig;
  let store: EventStore;
  let db: ReadModelDatabase;
  let runtime: ProjectionRuntime;
  const logged: string[] = [];
  const logger = { log: (m: string) => logged.push(m), error: (m: string) => logged.push(`ERROR ${m}`) };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'projection-thread-'));
    config = loadConfig({ DATA_DIR: dataDir });
    store = createEventStore(storeSelection(config));
    db = ReadModelDatabase.inDataDir(dataDir);
    runtime = readModelRuntime({ db, store });
  });

  afterEach(async () => {
    await store.close();
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the read models current from its own thread and wakes waiters on this one', async () => {
    const thread = new ProjectionThread(config, runtime, logger);
    await thread.start();
    try {
      await appendGeneratedPlan(store);
      await appendGeneratedRecommendations(store, 0, 20);
      const head = await store.headPosition();
      for (const name of Object.values(PROJECTION_NAMES)) {
        expect(await runtime.waitFor(name, head, 10_000)).toBe(true);
      }
      const rows = db.connection.prepare('SELECT COUNT(*) AS n FROM recommendations').get() as { n: bigint };
      expect(rows.n).toBe(20n);
      // The runners live on the other thread; this runtime learns their state from what they record.
      const states = (await runtime.status()).map((status) => status.state);
      expect(states).toEqual(Object.values(PROJECTION_NAMES).map(() => 'running'));
    } finally {
      await thread.stop();
    }
    await appendGeneratedRecommendations(store, 20, 1);
    const head = await store.headPosition();
    expect(await runtime.waitFor(PROJECTION_NAMES.recommendations, head, 300)).toBe(false);
    expect(logged.filter((line) => line.startsWith('ERROR'))).toEqual([]);
  });

  it('starts another thread when its thread dies, and the read models catch up', async () => {
    const thread = new ProjectionThread(config, runtime, logger);
    await thread.start();
    try {
      // As if the thread crashed: it is gone without stopping its runners.
      await (thread as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
      await appendGeneratedPlan(store);
      await appendGeneratedRecommendations(store, 0, 5);
      const head = await store.headPosition();
      expect(await runtime.waitFor(PROJECTION_NAMES.recommendations, head, 15_000)).toBe(true);
      expect(logged.some((line) => /exited with 1; starting another/.test(line))).toBe(true);
    } finally {
      await thread.stop();
    }
  }, 30_000);

  it('fails to start, and says why, when the data folder cannot hold the read models', async () => {
    const notAFolder = join(dataDir, 'file');
    writeFileSync(notAFolder, '');
    const thread = new ProjectionThread({ ...config, dataDir: notAFolder }, runtime, logger);
    await expect(thread.start()).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});
