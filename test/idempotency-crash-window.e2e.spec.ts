import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAN, proposal, startApi, type ApiHarness } from './support/api-harness';
import { CrashBeforeKeyRecordStore } from './support/crash-before-key-store';

// What docs/eventstoredb.md promises for a crash between a decision and its key record on a non-atomic store.
describe('Idempotency-Key on a store without multi-stream transactions, crashing between the two writes', () => {
  let api: ApiHarness;
  let store: CrashBeforeKeyRecordStore;
  let storeDir: string;
  beforeAll(async () => {
    storeDir = mkdtempSync(join(tmpdir(), 'idempotency-crash-'));
    store = new CrashBeforeKeyRecordStore(join(storeDir, 'events.db'));
    api = await startApi({}, { eventStore: store });
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(async () => {
    await api.close();
    rmSync(storeDir, { recursive: true, force: true });
  });

  const propose = async (): Promise<string> =>
    (await api.as('secretariat').post('/recommendations', proposal()).expect(201)).body.id as string;
  const schedule = (id: string, reviewDueDate: string, key: string) =>
    api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, { reviewDueDate })
      .set('Idempotency-Key', key);
  const keyRecords = async (): Promise<number> =>
    (await api.store.readAll({ maxCount: 10_000, filter: { eventTypes: ['IdempotencyKeyUsed'] } })).length;
  const scheduledTimes = async (id: string): Promise<number> =>
    (await api.streamOf(id)).filter((e) => e.type === 'ReviewScheduled').length;

  it('keeps the decision; a retry with the same key and body gets the first answer and records the key', async () => {
    const id = await propose();
    const records = await keyRecords();
    store.crashOnNextKeyRecord();
    const crashed = await schedule(id, '2021-06-30', 'crash-1');
    expect(crashed.status).toBe(500);
    expect(await scheduledTimes(id)).toBe(1);
    expect(await keyRecords()).toBe(records);

    const retry = await schedule(id, '2021-06-30', 'crash-1').expect(200);
    const [, scheduled] = await api.streamOf(id);
    expect(retry.body).toEqual({ id, revision: 1, position: String(scheduled.position) });
    expect(await scheduledTimes(id)).toBe(1);
    expect(await keyRecords()).toBe(records + 1);
    await schedule(id, '2021-07-31', 'crash-1').expect(422);
  });

  it('refuses the key with another body on the same recommendation in the window', async () => {
    const id = await propose();
    store.crashOnNextKeyRecord();
    expect((await schedule(id, '2021-06-30', 'crash-2')).status).toBe(500);
    const reused = await schedule(id, '2021-07-31', 'crash-2').expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await scheduledTimes(id)).toBe(1);
  });

  it('lets the key with another body on another recommendation through in the window; the first request then gets 422', async () => {
    const [first, second] = [await propose(), await propose()];
    store.crashOnNextKeyRecord();
    expect((await schedule(first, '2021-06-30', 'crash-3')).status).toBe(500);
    await schedule(second, '2021-07-31', 'crash-3').expect(200);
    const late = await schedule(first, '2021-06-30', 'crash-3').expect(422);
    expect(late.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect([await scheduledTimes(first), await scheduledTimes(second)]).toEqual([1, 1]);
  });
});
