import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAN, proposal, startApi, type ApiHarness } from './support/api-harness';
import { describeIdempotencyKeyRules } from './support/idempotency-scenarios';
import { SlowCommitStore } from './support/slow-commit-store';

// A slow commit makes every concurrent request read the log before any of them writes: the worst race, every run.
describe('Idempotency-Key over HTTP (embedded store, slow commits)', () => {
  let api: ApiHarness;
  let storeDir: string;
  beforeAll(async () => {
    storeDir = mkdtempSync(join(tmpdir(), 'idempotency-'));
    api = await startApi({}, { eventStore: new SlowCommitStore(join(storeDir, 'events.db')) });
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(async () => {
    await api.close();
    rmSync(storeDir, { recursive: true, force: true });
  });

  describeIdempotencyKeyRules(() => api);

  it('lets one of ten concurrent commands with one key on ten recommendations succeed', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      ids.push(
        (await api.as('secretariat').post('/recommendations', proposal()).expect(201)).body.id as string,
      );
    }
    const responses = await Promise.all(
      ids.map((id, i) =>
        api
          .as('secretariat')
          .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: `2021-06-${10 + i}` })
          .set('Idempotency-Key', 'shared-key'),
      ),
    );
    expect(responses.map((r) => r.status).filter((status) => status === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.status !== 200).map((r) => [r.status, r.body.code])).toEqual(
      Array.from({ length: 9 }, () => [422, 'IDEMPOTENCY_KEY_REUSED']),
    );
    const scheduled = await Promise.all(
      ids.map(async (id) => (await api.streamOf(id)).some((e) => e.type === 'ReviewScheduled')),
    );
    expect(scheduled.filter(Boolean)).toHaveLength(1);
  });
});
