import { proposal, startApi, type ApiHarness } from './support/api-harness';

describe('GET /metrics', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const sample = (text: string, name: string, labels: string): number => {
    const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
    return line === undefined ? 0 : Number(line.split(' ').pop());
  };

  it('counts requests by route pattern and status, and appends by outcome', async () => {
    await api.as('secretariat').post('/recommendations', proposal()).expect(201);
    await api.as('secretariat').post('/recommendations', proposal()).expect(201);
    await api.as('secretariat').post('/recommendations', { text: '' }).expect(400);
    const response = await api.as('auditor').get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(sample(response.text, 'http_requests_total', 'route="/recommendations",status="201"')).toBe(2);
    expect(sample(response.text, 'http_requests_total', 'route="/recommendations",status="400"')).toBe(1);
    expect(response.text).toMatch(
      /http_request_duration_seconds_bucket\{le="0.1",method="POST",route="\/recommendations"\}/,
    );
    await api.as('auditor').get('/recommendations/00000000-0000-4000-8000-000000000000').expect(404);
    const after = await api.as('auditor').get('/metrics').expect(200);
    // A path parameter is labelled by its pattern, never by the id it carried.
    expect(sample(after.text, 'http_requests_total', 'route="/recommendations/:id",status="404"')).toBe(1);
    // Each proposal writes its reference claim and the recommendation in one multi-stream append.
    expect(sample(response.text, 'event_store_appends_total', 'outcome="ok"')).toBe(2);
  });

  it('exposes each projection position and lag', async () => {
    const created = await api.as('secretariat').post('/recommendations', proposal()).expect(201);
    await api.as('reporter').get(`/recommendations?consistentWith=${created.body.position}`).expect(200);
    const response = await api.as('auditor').get('/metrics').expect(200);
    expect(sample(response.text, 'projection_position', 'projection="feed"')).toBeGreaterThanOrEqual(
      Number(created.body.position),
    );
    expect(response.text).toMatch(/projection_lag_events\{projection="feed"\} \d+/);
    expect(response.text).toMatch(/projection_lag_seconds\{projection="feed"\} [\d.]+/);
  });

  it('is not for reporters', async () => {
    await api.as('reporter').get('/metrics').expect(403);
  });
});
