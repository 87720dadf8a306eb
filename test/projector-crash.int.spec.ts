import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { ReadModelDatabase, tableRows } from '@app/projections';
import { READ_MODEL_PROJECTIONS, TABLES, readModelRuntime } from '@app/recommendations';
import { appendGeneratedPlan, appendGeneratedRecommendations } from '@app/testing';
import { TS_SOURCE_LOADERS } from './support/ts-source-loaders';

const ROUNDS = 3;
/** The tables the generated log must fill; the others (links, actions, reports) may rightly stay empty. */
const FILLED_BY_GENERATED_LOG: readonly string[] = [
  TABLES.recommendations,
  TABLES.transitions,
  TABLES.tags,
  TABLES.plans,
  TABLES.feed,
];
const BACKLOG = 600;

/** Starts `cli projections run` and SIGKILLs it at a random moment once it is following the log. */
function runProjectorAndKill(dataDir: string, onRunning: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...TS_SOURCE_LOADERS, 'apps/cli/src/main.ts', 'projections', 'run'],
      {
        env: { ...process.env, DATA_DIR: dataDir, PROJECTION_BATCH_SIZE: '100' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!armed && output.includes('Projector running')) {
        armed = true;
        onRunning();
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 400);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve()
        : reject(new Error(`projector exited by itself (${signal ?? code}): ${output}`)),
    );
  });
}

describe('the projector under SIGKILL while events keep arriving', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'projector-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('resumes after every kill and ends with read models equal, row for row, to a fresh rebuild', async () => {
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    await appendGeneratedPlan(store);
    let next = 0;
    const lags: bigint[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      next += BACKLOG;
      await appendGeneratedRecommendations(store, next - BACKLOG, BACKLOG);
      let writing = true;
      let writer: Promise<void> = Promise.resolve();
      const keepWriting = async (): Promise<void> => {
        for (; writing; next += 3) {
          await appendGeneratedRecommendations(store, next, 3);
          await new Promise((resolve) => setTimeout(resolve, 15));
        }
      };
      try {
        await runProjectorAndKill(dataDir, () => (writer = keepWriting()));
      } finally {
        writing = false;
        await writer;
      }
      const db = ReadModelDatabase.inDataDir(dataDir);
      const runtime = readModelRuntime({ db, store });
      lags.push((await store.headPosition()) - runtime.position('recommendations'));
      db.close();
    }
    // At least one kill landed while the projector still had work, i.e. in the middle of its batches.
    expect(lags.some((lag) => lag > 0n)).toBe(true);

    const head = await store.headPosition();
    const resumedDb = ReadModelDatabase.inDataDir(dataDir);
    const resumed = readModelRuntime({ db: resumedDb, store });
    const freshDb = new ReadModelDatabase(join(dataDir, 'fresh.db'));
    const fresh = readModelRuntime({ db: freshDb, store });
    expect(await resumed.catchUp()).toEqual(READ_MODEL_PROJECTIONS.map(() => head));
    expect(await fresh.catchUp()).toEqual(READ_MODEL_PROJECTIONS.map(() => head));
    for (const projection of READ_MODEL_PROJECTIONS) {
      for (const table of projection.tables) {
        const rows = tableRows(resumedDb, projection, table.name);
        // The generated log holds recommendations in every status, and nothing of links, actions or reports.
        if (FILLED_BY_GENERATED_LOG.includes(table.name)) expect(rows.length).toBeGreaterThan(0);
        expect(rows).toEqual(tableRows(freshDb, projection, table.name));
      }
    }
    resumedDb.close();
    freshDb.close();
    await store.close();
  }, 60_000);
});
