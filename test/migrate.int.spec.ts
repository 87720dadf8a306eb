import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EventStoreDbEventStore,
  SqliteEventStore,
  verifyStore,
  type EventStore,
  type RecordedEvent,
} from '@app/event-store';
import { loadDemo } from '../apps/cli/src/demo/demo-loader';
import { migrateEvents } from '../apps/cli/src/migrate/migrate-events';
import { MigrationCheckpoint } from '../apps/cli/src/migrate/migration-checkpoint';
import { startEventStoreDbDouble, type EventStoreDbDouble } from './support/eventstoredb-double';

async function everything(store: EventStore): Promise<RecordedEvent[]> {
  return store.readAll({ maxCount: 100_000 });
}

const comparable = (events: RecordedEvent[]) =>
  events.map(({ id, stream, revision, type, data, metadata }) => ({
    id,
    stream,
    revision,
    type,
    data,
    metadata,
  }));

describe('cli migrate: embedded store to EventStoreDB', () => {
  let dir: string;
  let source: SqliteEventStore;
  let double: EventStoreDbDouble;
  let target: EventStoreDbEventStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'migrate-'));
    source = new SqliteEventStore({ file: join(dir, 'events.db') });
    await loadDemo(source, { dataDir: dir });
    double = await startEventStoreDbDouble();
    target = new EventStoreDbEventStore({ connectionString: double.connectionString });
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
    await double.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies every event once, in global order with its metadata, across an interruption, and the chain verifies there', async () => {
    const checkpoint = new MigrationCheckpoint(dir, double.connectionString);
    const all = await everything(source);
    const interrupt = new AbortController();
    const firstRun = await migrateEvents({
      source,
      target,
      fromPosition: checkpoint.read(),
      signal: interrupt.signal,
      pageSize: 7,
      onBatch: (progress) => {
        checkpoint.write(progress.position);
        if (progress.copied >= all.length / 3) interrupt.abort();
      },
    });
    expect(firstRun.copied).toBeLessThan(all.length);
    expect((await everything(target)).length).toBe(firstRun.copied);

    // As if killed after an append landed but before its checkpoint was written: the rerun repeats that batch.
    checkpoint.write(all[Math.floor(firstRun.copied / 2)].position);
    await migrateEvents({
      source,
      target,
      fromPosition: checkpoint.read(),
      pageSize: 7,
      onBatch: (p) => checkpoint.write(p.position),
    });

    const copied = await everything(target);
    expect(comparable(copied)).toEqual(comparable(all));
    const report = await verifyStore(target);
    expect(report).toMatchObject({ ok: true, eventsChecked: all.length, failures: [] });
  });
});
