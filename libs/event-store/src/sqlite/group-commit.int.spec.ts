import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WrongExpectedVersionError, type AppendResult } from '../index';
import { SqliteEventStore } from './sqlite-event-store';

const event = (n: number) => ({ id: randomUUID(), type: 'Counted', data: { n } });

describe('group commit in the embedded store', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'es-group-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits appends that arrive together in one transaction', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, n) =>
        store.append(`s-${n}`, [event(n)], { expectedRevision: 'no_stream' }),
      ),
    );
    expect(results.every((result) => result.nextExpectedRevision === 0n)).toBe(true);
    expect(store.commitStats()).toEqual({ transactions: 1, appends: 100 });
  });

  it('fails a conflicting append alone; the others in its transaction are written', async () => {
    const outcomes = await Promise.allSettled([
      store.append('shared', [event(1)], { expectedRevision: 'no_stream' }),
      store.append('shared', [event(2)], { expectedRevision: 'no_stream' }),
      store.append('other', [event(3)], { expectedRevision: 'no_stream' }),
      store.append('shared', [event(4)], { expectedRevision: 0n }),
      store.append('shared', [event(5)], { expectedRevision: 5n }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedVersionError);
    expect((outcomes[4] as PromiseRejectedResult).reason).toMatchObject({ expected: 5n, actual: 1n });
    expect((await store.readStream('shared')).map((e) => e.data.n)).toEqual([1, 4]);
    expect((await store.readStream('other')).map((e) => e.data.n)).toEqual([3]);
    expect(store.commitStats().transactions).toBe(1);
  });

  it('rolls back a refused multi-stream append alone, all its writes; the others in its transaction are written', async () => {
    const outcomes = await Promise.allSettled([
      store.append('claimed', [event(1)], { expectedRevision: 'no_stream' }),
      store.appendMany([
        { stream: 'decision', events: [event(2)], expectedRevision: 'no_stream' },
        { stream: 'claimed', events: [event(3)], expectedRevision: 'no_stream' },
      ]),
      store.appendMany([
        { stream: 'other', events: [event(4)], expectedRevision: 'no_stream' },
        { stream: 'claimed', events: [event(5)], expectedRevision: 0n },
      ]),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await store.readStream('decision')).toEqual([]);
    expect((await store.readStream('claimed')).map((e) => e.data.n)).toEqual([1, 5]);
    expect((await store.readStream('other')).map((e) => e.data.n)).toEqual([4]);
    expect(store.commitStats()).toEqual({ transactions: 1, appends: 3 });
  });

  it('acknowledges in the order of the log', async () => {
    const acknowledged: AppendResult[] = [];
    await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        store
          .append(`s-${n % 7}`, [event(n)], { expectedRevision: 'any' })
          .then((result) => acknowledged.push(result)),
      ),
    );
    const positions = acknowledged.map((result) => result.position);
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    const log = await store.readAll({ maxCount: 1000 });
    expect(log.map((e) => e.data.n)).toEqual(Array.from({ length: 200 }, (_, n) => n));
  });

  it('writes appends still waiting for their transaction before it closes', async () => {
    const pending = store.append('late', [event(1)], { expectedRevision: 'no_stream' });
    await store.close();
    await expect(pending).resolves.toMatchObject({ nextExpectedRevision: 0n });
    const reopened = new SqliteEventStore({ file: store.file });
    expect(await reopened.readStream('late')).toHaveLength(1);
    await reopened.close();
  });
});
