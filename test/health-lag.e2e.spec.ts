import { setTimeout as sleep } from 'node:timers/promises';
import { startApi, type ApiHarness } from './support/api-harness';
import { proposeOne } from './support/read-model-commands';

describe('GET /health with the read models behind the log', () => {
  let api: ApiHarness;
  // No projector runs (PROJECTIONS=off and no `cli projections run`), so every event stays unapplied.
  beforeAll(async () => {
    api = await startApi({ PROJECTIONS: 'off', HEALTH_MAX_LAG_SECONDS: '1' });
  });
  afterAll(() => api.close());

  it('answers 200 ok while the lag is within HEALTH_MAX_LAG_SECONDS, 503 degraded beyond it', async () => {
    await api.http().get('/health').expect(200, { status: 'ok' });
    await proposeOne(api);
    await api.http().get('/health').expect(200);
    await sleep(1200);
    const anonymous = await api.http().get('/health').expect(503);
    expect(anonymous.body).toEqual({ status: 'degraded' });
    const auditor = await api.as('auditor').get('/health').expect(503);
    expect(auditor.body.projections[0]).toMatchObject({
      name: 'recommendations',
      lagEvents: 2,
      lagSeconds: expect.any(Number),
    });
    expect(auditor.body.projections[0].lagSeconds).toBeGreaterThan(1);
  });
});
