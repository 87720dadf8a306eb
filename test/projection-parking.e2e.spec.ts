import { randomUUID } from 'node:crypto';
import { ZERO_HASH, chainEvents } from '@app/event-store';
import { recommendationStream } from '@app/recommendations';
import { startApi, type ApiHarness } from './support/api-harness';
import { proposeOne } from './support/read-model-commands';

/** An amendment of a recommendation never proposed: the recommendations projection cannot apply it. */
async function appendOrphanAmendment(api: ApiHarness, id: string): Promise<bigint> {
  const [event] = chainEvents(ZERO_HASH, [
    {
      id: randomUUID(),
      type: 'RecommendationAmended',
      data: { text: 'Amended before it was proposed.' },
      metadata: { actor: { id: 'import', role: 'secretariat' }, occurredAt: '2021-02-01T09:00:00.000Z' },
    },
  ]);
  return (await api.store.append(recommendationStream(id), [event], { expectedRevision: 'no_stream' }))
    .position;
}

describe('an event the read models cannot apply', () => {
  let api: ApiHarness;
  const orphan = randomUUID();
  let parkedAt: bigint;
  let later: { id: string; position: string };

  beforeAll(async () => {
    api = await startApi();
    parkedAt = await appendOrphanAmendment(api, orphan);
    later = await proposeOne(api);
  });
  afterAll(() => api.close());

  it('is parked while the events after it are applied, and GET /projections lists it', async () => {
    await api.as('reporter').get(`/recommendations/${later.id}?consistentWith=${later.position}`).expect(200);
    const { body } = await api.as('auditor').get('/projections').expect(200);
    const recommendations = body.find((p: { name: string }) => p.name === 'recommendations');
    expect(recommendations).toMatchObject({ state: 'running', parked: 1 });
    expect(recommendations.parkedEvents).toEqual([
      {
        position: parkedAt.toString(),
        stream: recommendationStream(orphan),
        revision: '0',
        type: 'RecommendationAmended',
        error: expect.stringMatching(/./),
        parkedAt: expect.any(String),
        attempts: 1,
      },
    ]);
    expect(body.find((p: { name: string }) => p.name === 'feed')).toMatchObject({ parked: 0 });
  });

  it('counts in /metrics per projection', async () => {
    const { text } = await api.as('auditor').get('/metrics').expect(200);
    expect(text).toMatch(/^projection_parked_events\{projection="recommendations"\} 1$/m);
    expect(text).toMatch(/^projection_parked_events\{projection="feed"\} 0$/m);
  });

  it('makes /health answer 503 degraded: only the status to the public, the details to an auditor', async () => {
    const anonymous = await api.http().get('/health').expect(503);
    expect(anonymous.body).toEqual({ status: 'degraded' });
    const badToken = await api.http().get('/health').set('Authorization', 'Bearer nope').expect(503);
    expect(badToken.body).toEqual({ status: 'degraded' });
    const reporter = await api.as('reporter').get('/health').expect(503);
    expect(reporter.body).toEqual({ status: 'degraded' });
    const auditor = await api.as('auditor').get('/health').expect(503);
    expect(auditor.body).toMatchObject({
      status: 'degraded',
      store: { kind: 'sqlite', reachable: true },
      projections: expect.arrayContaining([
        expect.objectContaining({ name: 'recommendations', parked: 1, state: 'running' }),
      ]),
    });
    await api
      .as('admin')
      .get('/health')
      .expect(503, /"parked":1/);
  });

  it('is retried by an admin only; one that fails again stays parked with its new attempt count', async () => {
    await api.http().post('/projections/recommendations/retry').expect(401);
    await api.as('auditor').post('/projections/recommendations/retry').expect(403);
    const unknown = await api.as('admin').post('/projections/nothing/retry').expect(404);
    expect(unknown.body.code).toBe('PROJECTION.NOT_FOUND');
    const { body } = await api.as('admin').post('/projections/recommendations/retry').expect(200);
    expect(body).toEqual({ name: 'recommendations', retried: 1, applied: 0, parked: 1 });
    const listed = await api.as('auditor').get('/projections').expect(200);
    expect(listed.body[0].parkedEvents[0]).toMatchObject({ attempts: 2, position: parkedAt.toString() });
    const feed = await api.as('admin').post('/projections/feed/retry').expect(200);
    expect(feed.body).toEqual({ name: 'feed', retried: 0, applied: 0, parked: 0 });
  });
});
