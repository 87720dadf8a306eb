import { parse } from 'csv-parse/sync';
import { PLAN, proposal, startApi, type ApiHarness, type TestRole } from './support/api-harness';

describe('read models over HTTP', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({}, { consistencyTimeoutMs: 300 });
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(() => api.close());

  /** Runs a command and answers the log position it was written at. */
  const run = async (role: TestRole, path: string, body: object): Promise<string> => {
    const response = await api.as(role).post(path, body);
    expect([200, 201]).toContain(response.status);
    return response.body.position as string;
  };
  const propose = async (overrides: object = {}): Promise<{ id: string; position: string }> => {
    const response = await api.as('secretariat').post('/recommendations', proposal(overrides)).expect(201);
    return { id: response.body.id as string, position: response.body.position as string };
  };
  const ids = (body: { items: { id: string }[] }): string[] => body.items.map((item) => item.id);

  it('GET /recommendations/:id answers exactly API.md with ETag, including the command just made', async () => {
    const { id } = await propose();
    api.clock.advance(3600);
    await run('secretariat', `/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' });
    api.clock.advance(7200);
    const position = await run('reviewer', `/recommendations/${id}/record-position`, {
      position: 'supported',
      rationale: 'Agreed.',
    });
    const response = await api
      .as('reporter')
      .get(`/recommendations/${id}?consistentWith=${position}`)
      .expect(200);
    expect(response.headers.etag).toBe('"2"');
    expect(BigInt(response.headers['x-projection-position'] as string) >= BigInt(position)).toBe(true);
    expect(Object.keys(response.body)).toEqual([
      'id',
      'reference',
      'text',
      'language',
      'status',
      'position',
      'source',
      'themes',
      'sdgTargets',
      'affectedGroups',
      'reviewDueDate',
      'overdue',
      'plan',
      'progress',
      'transitions',
      'timeInStatus',
      'revision',
      'updatedAt',
    ]);
    expect(response.body).toMatchObject({
      id,
      status: 'reviewed',
      position: 'supported',
      language: 'en',
      source: { kind: 'un_agency', entity: 'UNICEF' },
      reviewDueDate: '2021-06-30',
      overdue: false,
      plan: null,
      progress: null,
      revision: 2,
      updatedAt: '2021-02-01T12:00:00.000Z',
      timeInStatus: { proposed: 3600, under_review: 7200, reviewed: 0 },
    });
    expect(response.body.transitions).toEqual([
      {
        from: null,
        to: 'proposed',
        type: 'RecommendationProposed',
        at: '2021-02-01T09:00:00.000Z',
        actor: { id: 'secretariat-user', role: 'secretariat' },
      },
      {
        from: 'proposed',
        to: 'under_review',
        type: 'ReviewScheduled',
        at: '2021-02-01T10:00:00.000Z',
        actor: { id: 'secretariat-user', role: 'secretariat' },
      },
      {
        from: 'under_review',
        to: 'reviewed',
        type: 'PositionRecorded',
        at: '2021-02-01T12:00:00.000Z',
        actor: { id: 'reviewer-user', role: 'reviewer' },
      },
    ]);
    api.clock.advance(90);
    const later = await api.as('reviewer').get(`/recommendations/${id}`).expect(200);
    expect(later.body.timeInStatus).toEqual({ proposed: 3600, under_review: 7200, reviewed: 90 });
    await api.as('auditor').get(`/recommendations/${id}`).set('If-None-Match', '"2"').expect(304);
  });

  it('404 RECOMMENDATION.NOT_FOUND for an id the read model does not hold', async () => {
    const missing = await api
      .as('reporter')
      .get('/recommendations/00000000-0000-4000-8000-000000000000')
      .expect(404);
    expect(missing.body.code).toBe('RECOMMENDATION.NOT_FOUND');
    await api.as('reporter').get('/recommendations/not-a-uuid').expect(404);
  });

  it('filters the list by every field, searches text in any script, and pages with a cursor', async () => {
    const tag = `entity-${Date.now()}`;
    const upr = await propose({
      text: 'Обеспечить доступ к образованию для детей-инвалидов.',
      source: { kind: 'upr', entity: tag },
      themes: ['education'],
      sdgTargets: ['4.5'],
    });
    const late = await propose({ source: { kind: 'un_agency', entity: tag }, sdgTargets: ['16.3'] });
    const osce = await propose({ source: { kind: 'regional', entity: tag }, sdgTargets: ['16.10'] });
    const last = await run('secretariat', `/recommendations/${late.id}/schedule-review`, {
      reviewDueDate: '2021-01-15',
    });
    const list = async (query: string): Promise<string[]> =>
      ids(
        (
          await api
            .as('reviewer')
            .get(`/recommendations?sourceEntity=${tag}&consistentWith=${last}&${query}`)
            .expect(200)
        ).body,
      );

    expect(await list('')).toEqual([upr.id, late.id, osce.id]);
    expect(await list('status=under_review')).toEqual([late.id]);
    expect(await list('sourceKind=upr')).toEqual([upr.id]);
    expect(await list('sdg=16')).toEqual([late.id, osce.id]);
    expect(await list('sdg=16.3')).toEqual([late.id]);
    expect(await list('theme=education')).toEqual([upr.id]);
    expect(await list(`q=${encodeURIComponent('ОБРАЗОВАН')}`)).toEqual([upr.id]);
    expect(await list('overdue=true')).toEqual([late.id]);
    expect(await list('overdue=false')).toEqual([upr.id, osce.id]);
    expect(await list('position=supported')).toEqual([]);

    const seen: string[] = [];
    let cursor = '';
    for (let pages = 0; pages < 5; pages++) {
      const page = await api
        .as('reporter')
        .get(`/recommendations?sourceEntity=${tag}&limit=2${cursor}`)
        .expect(200);
      seen.push(...ids(page.body));
      if (page.body.nextCursor === null) break;
      cursor = `&cursor=${page.body.nextCursor as string}`;
    }
    expect(seen).toEqual([upr.id, late.id, osce.id]);
  });

  it.each([
    ['status=maybe', 'status'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['overdue=yes', 'overdue'],
    ['sdg=18', 'sdg'],
    ['cursor=%21%21', 'cursor'],
    ['cursor=YWJj', 'cursor'],
    ['consistentWith=soon', 'consistentWith'],
    ['colour=red', 'colour'],
  ])('400 VALIDATION_FAILED names the bad filter (%s)', async (query, field) => {
    const response = await api.as('reporter').get(`/recommendations?${query}`).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it('504 PROJECTION_BEHIND when the read models do not reach consistentWith in time', async () => {
    const response = await api.as('reporter').get('/recommendations?consistentWith=999999999').expect(504);
    expect(response.body).toMatchObject({ code: 'PROJECTION_BEHIND', requested: '999999999' });
  });

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
    await propose({ source: { kind: 'upr', entity: tag }, themes: ['health', 'water'], sdgTargets: ['3.8'] });
    const { position } = await propose({
      source: { kind: 'upr', entity: tag },
      themes: ['health'],
      sdgTargets: ['3.8', '6.1'],
    });
    const summary = async (by: string) =>
      (
        await api
          .as('reporter')
          .get(`/reports/summary?by=${by}&sourceEntity=${tag}&consistentWith=${position}`)
          .expect(200)
      ).body;
    const byTheme = await summary('theme');
    expect(byTheme).toEqual({
      by: 'theme',
      position: expect.stringMatching(/^\d+$/),
      groups: [
        { key: 'health', count: 2 },
        { key: 'water', count: 1 },
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
      source: { kind: 'treaty_body', entity: tag },
      themes: ['a, b', 'c "d"'],
    });
    const response = await api
      .as('reporter')
      .get(`/reports/recommendations.csv?sourceEntity=${tag}&consistentWith=${position}`)
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
    const rows = parse(response.body as string, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id,
      text,
      status: 'proposed',
      sourceKind: 'treaty_body',
      themes: 'a, b; c "d"',
    });
    expect(Object.keys(rows[0])[0]).toBe('id');
  });

  it('allows each route group only the roles API.md names', async () => {
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
    expect(listed.body.map((p: { name: string }) => p.name)).toEqual(['recommendations', 'feed']);
    expect(listed.body[0]).toEqual({
      name: 'recommendations',
      position: expect.stringMatching(/^\d+$/),
      lagEvents: expect.any(Number),
      lagSeconds: expect.any(Number),
      state: expect.stringMatching(/^(running|catching-up)$/),
    });
    const health = await api.http().get('/health').expect(200);
    expect(health.body.projections.map((p: { name: string }) => p.name)).toEqual(['recommendations', 'feed']);
    const accepted = await api.as('admin').post('/projections/feed/rebuild').expect(202);
    expect(accepted.body).toEqual({ name: 'feed', state: 'rebuilding' });
    const unknown = await api.as('admin').post('/projections/nothing/rebuild').expect(404);
    expect(unknown.body.code).toBe('PROJECTION.NOT_FOUND');
  });
});
