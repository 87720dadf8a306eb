import { ZERO_HASH, eventHash } from '@app/event-store';
import { PLAN, proposal, startApi, type ApiHarness } from './support/api-harness';
import { walkWholeLifecycle } from './support/lifecycle-walk';

describe('recommendation commands over HTTP (embedded store)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(() => api.close());

  const propose = async (overrides: object = {}): Promise<string> => {
    const response = await api.as('secretariat').post('/recommendations', proposal(overrides)).expect(201);
    return response.body.id as string;
  };
  const types = async (id: string): Promise<string[]> => (await api.streamOf(id)).map((event) => event.type);

  it('walks a recommendation from proposal to implemented and archived, answering id, revision, position and ETag', () =>
    walkWholeLifecycle(api));

  it('records who did it, when, and chains every event to the one before', async () => {
    const id = await propose();
    api.clock.advance(60);
    await api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' })
      .set('X-Correlation-Id', 'meeting-42')
      .expect(200);
    const [proposed, scheduled] = await api.streamOf(id);
    expect(proposed.metadata).toMatchObject({
      actor: { id: 'secretariat-user', role: 'secretariat' },
      schemaVersion: 2,
      prevHash: ZERO_HASH,
    });
    expect(scheduled.metadata).toMatchObject({
      correlationId: 'meeting-42',
      prevHash: proposed.metadata.hash,
    });
    expect(
      Date.parse(String(scheduled.metadata.occurredAt)) - Date.parse(String(proposed.metadata.occurredAt)),
    ).toBe(60_000);
    for (const event of [proposed, scheduled]) {
      expect(event.metadata.hash).toBe(eventHash(String(event.metadata.prevHash), event));
      expect(event.metadata).toEqual(
        expect.objectContaining({ causationId: expect.any(String), commandId: expect.any(String) }),
      );
    }
  });

  it('refuses a stale If-Match with 409 and appends nothing', async () => {
    const id = await propose();
    await api
      .as('secretariat')
      .post(`/recommendations/${id}/amend`, { text: 'Revised text.' })
      .set('If-Match', '"0"')
      .expect(200);
    const stale = await api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' })
      .set('If-Match', '"0"')
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'CONCURRENCY_CONFLICT',
      expectedRevision: 0,
      actualRevision: 1,
    });
    expect(await types(id)).toEqual(['RecommendationProposed', 'RecommendationAmended']);
  });

  it('lets exactly one of 50 concurrent record-position calls win', async () => {
    const id = await propose();
    await api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' })
      .expect(200);
    const calls = Array.from({ length: 50 }, (_, i) =>
      api.as('reviewer').post(`/recommendations/${id}/record-position`, {
        position: 'supported',
        rationale: `Reviewer note ${i}`,
      }),
    );
    const statuses = (await Promise.all(calls)).map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(
      statuses.filter((status) => status !== 200).every((status) => status === 422 || status === 409),
    ).toBe(true);
    expect((await types(id)).filter((type) => type === 'PositionRecorded')).toHaveLength(1);
  });

  it('answers an idempotent retry with the first answer and appends nothing; a reused key with another body is 422', async () => {
    const body = proposal();
    const first = await api
      .as('secretariat')
      .post('/recommendations', body)
      .set('Idempotency-Key', 'import-batch-7/row-1')
      .expect(201);
    const retry = await api
      .as('secretariat')
      .post('/recommendations', body)
      .set('Idempotency-Key', 'import-batch-7/row-1')
      .expect(201);
    expect(retry.body).toEqual(first.body);
    const id = first.body.id as string;
    const schedule = { reviewDueDate: '2021-06-30' };
    const scheduled = await api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, schedule)
      .set('Idempotency-Key', 'k-2')
      .expect(200);
    const again = await api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, schedule)
      .set('Idempotency-Key', 'k-2')
      .expect(200);
    expect(again.body).toEqual(scheduled.body);
    const head = await api.store.headPosition();
    const reused = await api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-07-31' })
      .set('Idempotency-Key', 'k-2')
      .expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await types(id)).toEqual(['RecommendationProposed', 'ReviewScheduled']);
    expect(await api.store.headPosition()).toBe(head);
  });

  it('gives one 201 and one 409 to two concurrent proposals with one reference', async () => {
    const reference = 'A/HRC/46/15 para 114.3';
    const [a, b] = await Promise.all([
      api.as('secretariat').post('/recommendations', proposal({ reference })),
      api.as('secretariat').post('/recommendations', proposal({ reference: ` ${reference.toLowerCase()} ` })),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect((a.status === 409 ? a : b).body.code).toBe('RECOMMENDATION.DUPLICATE_REFERENCE');
  });

  it('round-trips Turkmen and Russian text', async () => {
    const text =
      'Çagalaryň hukuklary boýunça milli kanunçylygy kämilleşdirmek; Усилить защиту прав детей-инвалидов.';
    const id = await propose({ text, language: 'tk', affectedGroups: ['çagalar', 'дети'] });
    const [proposed] = await api.streamOf(id);
    expect(proposed.data).toMatchObject({ text, language: 'tk', affectedGroups: ['çagalar', 'дети'] });
  });

  describe('refusals leave the stream unchanged', () => {
    let id: string;
    let before: string[];
    beforeEach(async () => {
      id = await propose();
      await api
        .as('secretariat')
        .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' })
        .expect(200);
      before = (await api.streamOf(id)).map((event) => event.id);
    });
    afterEach(async () => expect((await api.streamOf(id)).map((event) => event.id)).toEqual(before));

    it('400 VALIDATION_FAILED names each bad field (unknown, missing, over the limit, untrimmed-empty)', async () => {
      const response = await api
        .as('reviewer')
        .post(`/recommendations/${id}/record-position`, { position: 'maybe', rationale: '   ', mood: 'x' })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'mood',
        'position',
        'rationale',
      ]);
      const long = await api
        .as('reviewer')
        .post(`/recommendations/${id}/record-position`, { position: 'noted', rationale: 'r'.repeat(5001) })
        .expect(400);
      expect(long.body.errors).toEqual([{ field: 'rationale', message: expect.stringMatching(/5000/) }]);
    });

    it('400 VALIDATION_FAILED for a body that is not JSON', async () => {
      const response = await api
        .as('reviewer')
        .post(`/recommendations/${id}/record-position`)
        .set('Content-Type', 'application/json')
        .send('{"position": ')
        .expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js/);
    });

    it('415 UNSUPPORTED_MEDIA_TYPE naming Content-Type for a body that is not sent as JSON', async () => {
      const response = await api
        .as('reviewer')
        .post(`/recommendations/${id}/record-position`)
        .set('Content-Type', 'text/plain')
        .send('position=noted')
        .expect(415);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual([{ field: 'Content-Type', message: 'must be application/json' }]);
    });

    it('reads an application/*+json body as JSON', async () => {
      const before = await api.streamOf(id);
      await api
        .as('reviewer')
        .post(`/recommendations/${id}/record-position`)
        .set('Content-Type', 'application/vnd.api+json')
        .send({ position: 'unknown-position' })
        .expect(400)
        .expect((response) => expect(response.body.errors[0].field).toBe('position'));
      expect(await api.streamOf(id)).toEqual(before);
    });

    it('401 UNAUTHENTICATED without a token', async () => {
      const response = await api
        .http()
        .post(`/recommendations/${id}/withdraw`)
        .send({ reason: 'x' })
        .expect(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it('403 FORBIDDEN for a role the lifecycle table does not allow', async () => {
      const response = await api
        .as('secretariat')
        .post(`/recommendations/${id}/record-position`, { position: 'supported', rationale: 'r' })
        .expect(403);
      expect(response.body.code).toBe('FORBIDDEN');
      await api.as('reporter').post(`/recommendations/${id}/withdraw`, { reason: 'x' }).expect(403);
    });

    it('404 RECOMMENDATION.NOT_FOUND and PLAN.NOT_FOUND for path ids that name nothing', async () => {
      const missing = await api
        .as('secretariat')
        .post('/recommendations/00000000-0000-4000-8000-000000000000/withdraw', { reason: 'x' })
        .expect(404);
      expect(missing.body.code).toBe('RECOMMENDATION.NOT_FOUND');
      expect(
        (
          await api
            .as('secretariat')
            .post('/recommendations/not-a-uuid/withdraw', { reason: 'x' })
            .expect(404)
        ).body.code,
      ).toBe('RECOMMENDATION.NOT_FOUND');
      expect((await api.as('reporter').get('/plans/IHL-1999').expect(404)).body.code).toBe('PLAN.NOT_FOUND');
    });

    it('409 PLAN.ALREADY_EXISTS and RECOMMENDATION.DUPLICATE_REFERENCE', async () => {
      expect((await api.as('secretariat').post('/plans', PLAN).expect(409)).body.code).toBe(
        'PLAN.ALREADY_EXISTS',
      );
      const [proposed] = await api.streamOf(id);
      const duplicate = await api
        .as('secretariat')
        .post('/recommendations', proposal({ reference: proposed.data.reference }))
        .expect(409);
      expect(duplicate.body.code).toBe('RECOMMENDATION.DUPLICATE_REFERENCE');
    });

    it('413 PAYLOAD_TOO_LARGE for a body over 1 MiB', async () => {
      const response = await api
        .as('secretariat')
        .post(`/recommendations/${id}/amend`, { text: 'x'.repeat(1024 * 1024) })
        .expect(413);
      expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('422 RECOMMENDATION.INVALID_TRANSITION names the status and the command', async () => {
      const response = await api
        .as('secretariat')
        .post(`/recommendations/${id}/archive`, { reason: 'Not relevant.' })
        .expect(422);
      expect(response.body).toMatchObject({
        code: 'RECOMMENDATION.INVALID_TRANSITION',
        status: 422,
        recommendationStatus: 'under_review',
        command: 'archive',
      });
    });

    it('422 for plan rules: unknown plan, target outside the period, position not supported', async () => {
      const reflect = (planId: string, targetDate: string) =>
        api.as('secretariat').post(`/recommendations/${id}/reflect-in-plan`, {
          planId,
          actionRef: 'A-1',
          responsibleInstitutions: ['Ombudsperson'],
          targetDate,
        });
      await api
        .as('reviewer')
        .post(`/recommendations/${id}/record-position`, {
          position: 'noted',
          rationale: 'Outside the mandate.',
        })
        .expect(200);
      before = (await api.streamOf(id)).map((event) => event.id);
      expect((await reflect(PLAN.id, '2023-01-01').expect(422)).body.code).toBe(
        'RECOMMENDATION.POSITION_NOT_SUPPORTED',
      );
      await api
        .as('secretariat')
        .post(`/recommendations/${id}/reopen-review`, {
          reason: 'New information.',
          reviewDueDate: '2021-09-30',
        })
        .expect(200);
      await api
        .as('reviewer')
        .post(`/recommendations/${id}/record-position`, { position: 'supported', rationale: 'Agreed.' })
        .expect(200);
      before = (await api.streamOf(id)).map((event) => event.id);
      expect((await reflect('IHL-2021-2023', '2023-01-01').expect(422)).body.code).toBe('PLAN.UNKNOWN');
      expect((await reflect(PLAN.id, '2026-01-01').expect(422)).body.code).toBe('PLAN.TARGET_OUTSIDE_PERIOD');
    });
  });
});
