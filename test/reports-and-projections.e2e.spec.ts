import { parse } from 'csv-parse/sync';
import { READ_MODEL_PROJECTIONS } from '@app/recommendations';
import { PLAN, startApi, type ApiHarness, type TestRole } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

describe('plans, reports and projections over HTTP', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(() => api.close());

  const run = (role: TestRole, path: string, body: object): Promise<string> =>
    runCommand(api, role, path, body);
  const propose = (overrides: object = {}) => proposeOne(api, overrides);

  it('GET /plans and /plans/:id count the recommendations reflected in each plan, overdue targets included', async () => {
    const { id } = await propose();
    await run('secretariat', `/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' });
    await run('reviewer', `/recommendations/${id}/record-position`, {
      position: 'supported',
      rationale: 'Yes.',
    });
    const position = await run('secretariat', `/recommendations/${id}/reflect-in-plan`, {
      planId: PLAN.id,
      actionRef: 'Task 1.1',
      responsibleInstitutions: ['Ministry of Education'],
      targetDate: '2021-01-31',
    });
    const expected = {
      ...PLAN,
      counts: { total: 1, byStatus: { planned: 1, implemented: 0, archived: 0 }, overdueTargets: 1 },
      reports: { actionsWithValidatedReport: 0, validatedReports: 0 },
    };
    const all = await api.as('reporter').get(`/plans?consistentWith=${position}`).expect(200);
    expect(all.body).toEqual([expected]);
    expect(all.headers['x-projection-position']).toMatch(/^\d+$/);
    expect((await api.as('reviewer').get(`/plans/${PLAN.id}`).expect(200)).body).toEqual(expected);
    const detail = await api.as('reviewer').get(`/recommendations/${id}`).expect(200);
    expect(detail.body).toMatchObject({ status: 'planned', overdue: true, plan: { planId: PLAN.id } });
  });

  it('GET /reports/summary counts by a dimension, with the position it reflects', async () => {
    const tag = `summary-${Date.now()}`;
    await propose({
      source: { mechanism: { kind: 'upr' }, recommendingParties: [{ name: tag }] },
      themes: ['health', 'water-sanitation'],
      sdgTargets: ['3.8'],
    });
    const { position } = await propose({
      source: { mechanism: { kind: 'upr' }, recommendingParties: [{ name: tag }] },
      themes: ['health'],
      sdgTargets: ['3.8', '6.1'],
    });
    const summary = async (by: string) =>
      (
        await api
          .as('reporter')
          .get(`/reports/summary?by=${by}&party=${tag}&consistentWith=${position}`)
          .expect(200)
      ).body;
    const byTheme = await summary('theme');
    expect(byTheme).toEqual({
      by: 'theme',
      position: expect.stringMatching(/^\d+$/),
      groups: [
        { key: 'health', count: 2 },
        { key: 'water-sanitation', count: 1 },
      ],
    });
    expect((await summary('status')).groups).toEqual([{ key: 'proposed', count: 2 }]);
    expect((await summary('position')).groups).toEqual([{ key: null, count: 2 }]);
    expect((await summary('sdg')).groups).toEqual([
      { key: '3.8', count: 2 },
      { key: '6.1', count: 1 },
    ]);
    const bad = await api.as('reporter').get('/reports/summary?by=colour').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['by']);
  });

  it('GET /reports/recommendations.csv round-trips commas, quotes, newlines and Cyrillic through a CSV parser', async () => {
    const tag = `csv-${Date.now()}`;
    const text = 'Принять закон, "о правах ребёнка";\nвключая, в частности, детей-мигрантов.';
    const { id, position } = await propose({
      text,
      source: { mechanism: { kind: 'treaty_body', body: tag }, recommendingParties: [{ name: tag }] },
      affectedGroups: ['a, b', 'c "d"'],
    });
    const response = await api
      .as('reporter')
      .get(`/reports/recommendations.csv?party=${tag}&consistentWith=${position}`)
      .buffer(true)
      .parse((res, done) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(null, body));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['x-projection-position']).toMatch(/^\d+$/);
    const rows = parse(response.body as string, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id,
      text,
      status: 'proposed',
      mechanism: 'treaty_body',
      mechanismBody: tag,
      recommendingParties: tag,
      affectedGroups: 'a, b; c "d"',
    });
    expect(Object.keys(rows[0])[0]).toBe('id');
  });

  it('allows each route group only the roles docs/api.md names', async () => {
    await api.as('reviewer').get('/recommendations').expect(200);
    await api.as('reporter').get('/plans').expect(200);
    await api.as('reporter').get('/reports/summary?by=status').expect(200);
    await api.as('reviewer').get('/reports/summary?by=status').expect(403);
    await api.as('reviewer').get('/reports/recommendations.csv').expect(403);
    await api.as('auditor').get('/projections').expect(200);
    await api.as('reporter').get('/projections').expect(403);
    await api.as('auditor').post('/projections/feed/rebuild').expect(403);
    await api.http().get('/recommendations').expect(401);
  });

  it('GET /projections and /health show each projection; POST rebuild answers 202, or 404 for an unknown name', async () => {
    const head = (await api.store.headPosition()).toString();
    await api.as('reporter').get(`/recommendations?consistentWith=${head}`).expect(200);
    const listed = await api.as('admin').get('/projections').expect(200);
    // Every read model the runtime keeps, in the order it registers them.
    const names = READ_MODEL_PROJECTIONS.map((projection) => projection.name);
    expect(listed.body.map((p: { name: string }) => p.name)).toEqual(names);
    expect(listed.body[0]).toEqual({
      name: 'recommendations',
      position: expect.stringMatching(/^\d+$/),
      lagEvents: expect.any(Number),
      lagSeconds: expect.any(Number),
      state: expect.stringMatching(/^(running|catching-up)$/),
      parked: 0,
      parkedEvents: [],
    });
    const health = await api.as('auditor').get('/health').expect(200);
    expect(health.body.projections.map((p: { name: string }) => p.name)).toEqual(names);
    const accepted = await api.as('admin').post('/projections/feed/rebuild').expect(202);
    expect(accepted.body).toEqual({ name: 'feed', state: 'rebuilding' });
    const unknown = await api.as('admin').post('/projections/nothing/rebuild').expect(404);
    expect(unknown.body.code).toBe('PROJECTION.NOT_FOUND');
  });
});
