import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { ProjectionRuntime, ReadModelDatabase, type Projection } from '@app/projections';
import { READ_MODEL_PROJECTIONS } from '@app/recommendations';
import { appendGeneratedPlan, appendGeneratedRecommendations } from '@app/testing';

/** Catch-up rate on EVENTS (100,000) events; run with node -r ts-node/register/transpile-only -r tsconfig-paths/register. */
async function main(): Promise<void> {
  const target = Number(process.env.EVENTS ?? 100_000);
  const batchSize = Number(process.env.PROJECTION_BATCH_SIZE ?? 500);
  const dir = mkdtempSync(join(tmpdir(), 'projection-bench-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db'), synchronous: 'NORMAL' });
  try {
    await appendGeneratedPlan(store);
    let events = 1;
    for (let n = 0; events < target; n += 1000)
      events += await appendGeneratedRecommendations(store, n, 1000);
    console.log(`log: ${events} events (store head ${await store.headPosition()}), batch size ${batchSize}`);
    const runs: [string, readonly Projection[]][] = [
      ...READ_MODEL_PROJECTIONS.map((p): [string, readonly Projection[]] => [p.name, [p]]),
      ['all (concurrently)', READ_MODEL_PROJECTIONS],
    ];
    for (const [label, projections] of runs) {
      const db = new ReadModelDatabase(join(dir, `read-models-${label.split(' ')[0]}.db`));
      const runtime = new ProjectionRuntime({ db, store, projections, batchSize });
      const started = process.hrtime.bigint();
      await runtime.catchUp();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      console.log(
        `${label}: ${events} events in ${seconds.toFixed(2)} s = ${Math.round(events / seconds)} events/s`,
      );
      await runtime.stop();
      db.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
