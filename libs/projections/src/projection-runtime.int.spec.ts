import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type RecordedEvent } from '@app/event-store';
import type { Projection, ReadView, Write } from './projection';
import {
  PositionBeyondLogError,
  ProjectionBehindError,
  ProjectionNotFoundError,
  RebuildInProgressError,
} from './projection.errors';
import { tableRows } from './projection-sandbox';
import { ProjectionRuntime } from './projection-runtime';
import { ReadModelDatabase } from './read-model-database';

/** Counts events per stream and logs each one: applying an event twice would break the primary key. */
const counter = (version = 1, failOn?: string): Projection => ({
  name: 'counter',
  version,
  tables: [
    { name: 'seen', columns: 'position INTEGER PRIMARY KEY, stream TEXT NOT NULL' },
    { name: 'counts', columns: 'stream TEXT PRIMARY KEY, n INTEGER NOT NULL' },
  ],
  handles: (event) => event.stream.startsWith('thing-'),
  project(event: RecordedEvent, view: ReadView): Write[] {
    // As SQLite fails when the disk is full: the file's fault, not the event's, so nothing is parked.
    if (event.type === failOn)
      throw Object.assign(new Error('database or disk is full'), {
        name: 'SqliteError',
        code: 'SQLITE_FULL',
      });
    const n = Number(view.get('counts', { stream: event.stream })?.n ?? 0) + 1;
    return [
      { kind: 'insert', table: 'seen', row: { position: event.position, stream: event.stream } },
      { kind: 'upsert', table: 'counts', key: ['stream'], row: { stream: event.stream, n } },
    ];
  },
});

describe('projection runtime', () => {
  let dir: string;
  let store: SqliteEventStore;
  let db: ReadModelDatabase;
  const runtimes: ProjectionRuntime[] = [];
  const runtime = (projection = counter(), batchSize = 7): ProjectionRuntime => {
    const created = new ProjectionRuntime({
      db,
      store,
      projections: [projection],
      batchSize,
      heartbeatMs: 50,
      retryMs: 20,
    });
    runtimes.push(created);
    return created;
  };
  const append = async (stream: string, count: number, type = 'Happened'): Promise<bigint> => {
    const events = Array.from({ length: count }, (_, i) => ({ id: crypto.randomUUID(), type, data: { i } }));
    return (await store.append(stream, events, { expectedRevision: 'any' })).position;
  };
  const counts = (): Record<string, number> =>
    Object.fromEntries(tableRows(db, counter(), 'counts').map((row) => [row.stream, Number(row.n)]));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'projections-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    db = ReadModelDatabase.inDataDir(dir);
  });
  afterEach(async () => {
    await Promise.all(runtimes.splice(0).map((r) => r.stop()));
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('catches up in batches, follows new appends, skips what it does not handle, and resolves waitFor', async () => {
    await append('thing-a', 20);
    await append('other-x', 3);
    const projections = runtime();
    projections.start();
    const last = await append('thing-b', 2);
    expect(await projections.waitFor('counter', last, 2000)).toBe(true);
    expect(counts()).toEqual({ 'thing-a': 20, 'thing-b': 2 });
    expect(projections.position('counter')).toBe(last);
    const [status] = await projections.status();
    expect(status).toEqual({
      name: 'counter',
      position: last,
      lagEvents: 0,
      lagSeconds: 0,
      state: 'running',
      parked: 0,
      parkedEvents: [],
    });
  });

  it('waitFor answers false, and ensureAt throws PROJECTION_BEHIND, when the position is not reached in time', async () => {
    await append('thing-a', 5);
    const projections = runtime();
    expect(await projections.waitFor('counter', 5n, 60)).toBe(false);
    await expect(projections.ensureAt(['counter'], 5n, 60)).rejects.toThrow(ProjectionBehindError);
  });

  it('ensureAt refuses at once a position beyond the end of the log: no wait could reach it', async () => {
    await append('thing-a', 2);
    const projections = runtime();
    await expect(projections.ensureAt(['counter'], 5n, 60_000)).rejects.toThrow(PositionBeyondLogError);
  });

  it('resumes from its checkpoint after a restart: nothing lost, nothing applied twice', async () => {
    await append('thing-a', 10);
    const first = runtime();
    await first.catchUp();
    await append('thing-a', 5);
    const second = runtime();
    const [status] = await second.status();
    expect(status).toMatchObject({ lagEvents: 5, state: 'stopped' });
    await second.catchUp();
    expect(counts()).toEqual({ 'thing-a': 15 });
  });

  it('rebuilds into shadow tables while the live ones keep answering, then swaps', async () => {
    await append('thing-a', 300);
    const projections = runtime(counter(), 10);
    projections.start();
    await projections.waitFor('counter', await store.headPosition(), 2000);
    const seenDuringRebuild: number[] = [];
    const rebuilt = projections.rebuild('counter', {
      onProgress: () => seenDuringRebuild.push(counts()['thing-a']),
    });
    expect(() => projections.rebuild('counter')).toThrow(RebuildInProgressError);
    const last = await append('thing-b', 3);
    const result = await rebuilt;
    expect(await projections.waitFor('counter', last, 2000)).toBe(true);
    expect(seenDuringRebuild.length).toBeGreaterThan(10);
    expect(seenDuringRebuild.every((n) => n === 300)).toBe(true);
    expect(result).toMatchObject({ name: 'counter', events: expect.any(Number) });
    expect(counts()).toEqual({ 'thing-a': 300, 'thing-b': 3 });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%shadow%'").all()).toEqual([]);
  });

  it('refuses to rebuild a projection it does not know', () => {
    expect(() => runtime().rebuild('nothing')).toThrow(ProjectionNotFoundError);
  });

  it('reports failed with the reason while the read-model file fails, and keeps the checkpoint before its batch', async () => {
    await append('thing-a', 2);
    const bad = await append('thing-a', 1, 'Poison');
    const projections = runtime(counter(1, 'Poison'));
    projections.start();
    for (let i = 0; i < 100 && (await projections.status())[0].state !== 'failed'; i++) await sleep(10);
    const [status] = await projections.status();
    expect(status).toMatchObject({
      state: 'failed',
      error: 'database or disk is full',
      lagEvents: 3,
      parked: 0,
    });
    expect(projections.position('counter')).toBeLessThan(bad);
  });

  it('starts a projection whose version changed over from position 0', async () => {
    await append('thing-a', 4);
    await runtime(counter(1)).catchUp();
    const upgraded = runtime(counter(2));
    expect(upgraded.position('counter')).toBe(0n);
    await upgraded.catchUp();
    expect(counts()).toEqual({ 'thing-a': 4 });
  });

  it("tells another process's runner from a stopped one by its heartbeat", async () => {
    const api = runtime();
    api.start();
    await sleep(30);
    const cli = runtime();
    expect((await cli.status())[0].state).toBe('running');
    await api.stop();
    expect((await cli.status())[0].state).toBe('stopped');
  });
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
