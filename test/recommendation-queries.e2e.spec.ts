import { proposal, startApi, type ApiHarness, type TestRole } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

describe('recommendation queries over HTTP', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({}, { consistencyTimeoutMs: 300 });
  });
  afterAll(() => api.close());

  const run = (role: TestRole, path: string, body: object): Promise<string> =>
    runCommand(api, role, path, body);
  const propose = (overrides: object = {}) => proposeOne(api, overrides);
  const ids = (body: { items: { id: string }[] }): string[] => body.items.map((item) => item.id);

  it('GET /recommendations/:id answers exactly docs/api.md with ETag, including the command just made', async () => {
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
      'textLanguage',
      'originalLanguage',
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
      'corrections',
      'translations',
      'links',
      'stateAssessment',
      'mechanismAssessments',
      'transitions',
      'timeInStatus',
      'evidence',
      'publication',
      'revision',
      'updatedAt',
    ]);
    expect(response.body).toMatchObject({
      id,
      status: 'reviewed',
      position: 'supported',
      language: 'en',
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNICEF' }] },
      reviewDueDate: '2021-06-30',
      overdue: false,
      plan: null,
      progress: null,
      revision: 2,
      updatedAt: '2021-02-01T12:00:00.000Z',
      timeInStatus: { proposed: 3600, under_review: 7200, reviewed: 0 },
      publication: { published: false, rationalePublic: null, publishedAt: null },
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
      source: { mechanism: { kind: 'upr' }, recommendingParties: [{ name: tag }] },
      themes: ['education'],
      sdgTargets: ['4.5'],
    });
    const late = await propose({
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: tag }] },
      sdgTargets: ['16.3'],
    });
    const osce = await propose({
      source: { mechanism: { kind: 'osce' }, recommendingParties: [{ name: tag }] },
      sdgTargets: ['16.10'],
    });
    const last = await run('secretariat', `/recommendations/${late.id}/schedule-review`, {
      reviewDueDate: '2021-01-15',
    });
    const list = async (query: string): Promise<string[]> =>
      ids(
        (
          await api
            .as('reviewer')
            .get(`/recommendations?party=${tag}&consistentWith=${last}&${query}`)
            .expect(200)
        ).body,
      );

    expect(await list('')).toEqual([upr.id, late.id, osce.id]);
    expect(await list('status=under_review')).toEqual([late.id]);
    expect(await list('mechanism=upr')).toEqual([upr.id]);
    expect(await list('mechanism=osce')).toEqual([osce.id]);
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
      const page = await api.as('reporter').get(`/recommendations?party=${tag}&limit=2${cursor}`).expect(200);
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
    // No projector runs here, so a position the log holds is never applied.
    const unprojected = await startApi({ PROJECTIONS: 'off' }, { consistencyTimeoutMs: 300 });
    try {
      const created = await unprojected.as('secretariat').post('/recommendations', proposal()).expect(201);
      const position = created.body.position as string;
      const response = await unprojected
        .as('reporter')
        .get(`/recommendations?consistentWith=${position}`)
        .expect(504);
      expect(response.body).toMatchObject({ code: 'PROJECTION_BEHIND', requested: position });
    } finally {
      await unprojected.close();
    }
  });
});
