import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type RecordedEvent } from '@app/event-store';
import type { Projection, ReadView, Write } from './projection';
import { tableRows } from './projection-sandbox';
import { ProjectionRuntime } from './projection-runtime';
import { ReadModelDatabase } from './read-model-database';

/** Counts events per stream; throws on the event types in `poison`, as a bug or a malformed payload would. */
const counter = (poison: ReadonlySet<string>): Projection => ({
  name: 'counter',
  version: 1,
  tables: [{ name: 'counts', columns: 'stream TEXT PRIMARY KEY, n INTEGER NOT NULL, last TEXT NOT NULL' }],
  handles: (event) => event.stream.startsWith('thing-'),
  project(event: RecordedEvent, view: ReadView): Write[] {
    if (poison.has(event.type)) throw new Error(`cannot project ${event.type}`);
    const n = Number(view.get('counts', { stream: event.stream })?.n ?? 0) + 1;
    return [
      {
        kind: 'upsert',
        table: 'counts',
        key: ['stream'],
        row: { stream: event.stream, n, last: event.type },
      },
    ];
  },
});

describe('parking an event a projection cannot apply', () => {
  let dir: string;
  let store: SqliteEventStore;
  let db: ReadModelDatabase;
  const poison = new Set(['Poison']);
  const runtimes: ProjectionRuntime[] = [];
  const runtime = (): ProjectionRuntime => {
    const created = new ProjectionRuntime({
      db,
      store,
      projections: [counter(poison)],
      batchSize: 5,
      retryMs: 20,
    });
    runtimes.push(created);
    return created;
  };
  const append = async (stream: string, type = 'Happened'): Promise<bigint> =>
    (await store.append(stream, [{ id: crypto.randomUUID(), type, data: {} }], { expectedRevision: 'any' }))
      .position;
  const counts = (): Record<string, string> =>
    Object.fromEntries(
      tableRows(db, counter(poison), 'counts').map((row) => [row.stream, `${Number(row.n)} ${row.last}`]),
    );

  beforeEach(async () => {
    poison.clear();
    poison.add('Poison');
    dir = mkdtempSync(join(tmpdir(), 'parking-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    db = ReadModelDatabase.inDataDir(dir);
    await append('thing-a');
  });
  afterEach(async () => {
    await Promise.all(runtimes.splice(0).map((r) => r.stop()));
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('parks the event, applies the later ones, keeps its stream in order, and reports it', async () => {
    const bad = await append('thing-a', 'Poison');
    await append('thing-b');
    const behind = await append('thing-a', 'After');
    const last = await append('thing-b');
    const projections = runtime();
    projections.start();
    expect(await projections.waitFor('counter', last, 2000)).toBe(true);

    expect(counts()).toEqual({ 'thing-a': '1 Happened', 'thing-b': '2 Happened' });
    const [status] = await projections.status();
    expect(status).toMatchObject({ state: 'running', lagEvents: 0, parked: 2 });
    expect(status.parkedEvents).toEqual([
      expect.objectContaining({
        position: bad,
        stream: 'thing-a',
        type: 'Poison',
        error: 'cannot project Poison',
        attempts: 1,
        parkedAt: expect.any(String),
      }),
      expect.objectContaining({
        position: behind,
        stream: 'thing-a',
        type: 'After',
        error: `waits for the parked event at position ${bad} of its stream`,
        attempts: 0,
      }),
    ]);
  });

  it('keeps parked events across a restart, and a retry after the fix applies them in order and clears them', async () => {
    await append('thing-a', 'Poison');
    await append('thing-a', 'After');
    await runtime().catchUp();
    const restarted = runtime();
    expect((await restarted.status())[0].parked).toBe(2);

    const stillBroken = await restarted.retry('counter');
    expect(stillBroken).toMatchObject({ name: 'counter', applied: 0, parked: 2 });
    expect((await restarted.status())[0].parkedEvents[0]).toMatchObject({ attempts: 2 });

    poison.clear();
    expect(await restarted.retry('counter')).toMatchObject({ applied: 2, parked: 0 });
    expect(counts()).toEqual({ 'thing-a': '3 After' });
    expect((await restarted.status())[0]).toMatchObject({ parked: 0, parkedEvents: [] });
  });

  it('parks during a rebuild too, and the swap brings the rebuilt parked list with it', async () => {
    const bad = await append('thing-a', 'Poison');
    await append('thing-b');
    const projections = runtime();
    await projections.catchUp();
    poison.clear();
    poison.add('Other');
    await append('thing-c', 'Other');
    await projections.rebuild('counter');

    expect(counts()).toEqual({ 'thing-a': '2 Poison', 'thing-b': '1 Happened' });
    const [status] = await projections.status();
    expect(status.parkedEvents.map((event) => [event.type, event.position > bad])).toEqual([['Other', true]]);
  });
});
