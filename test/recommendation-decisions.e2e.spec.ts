import { PLAN, startApi, type ApiHarness, type TestRole } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

describe('decisions as real data has them: source responses, deferrals, effective dates, plan fields added later', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(() => api.close());

  const run = (role: TestRole, path: string, body: object): Promise<string> =>
    runCommand(api, role, path, body);
  const underReview = async (): Promise<string> => {
    const { id } = await proposeOne(api);
    await run('secretariat', `/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' });
    return id;
  };
  const planned = async (): Promise<string> => {
    const id = await underReview();
    await run('reviewer', `/recommendations/${id}/record-position`, {
      position: 'supported',
      rationale: 'Yes.',
    });
    await run('secretariat', `/recommendations/${id}/reflect-in-plan`, { planId: PLAN.id });
    return id;
  };
  const read = async (id: string, position: string) =>
    (await api.as('reporter').get(`/recommendations/${id}?consistentWith=${position}`).expect(200)).body;
  const listed = async (query: string, position: string): Promise<string[]> => {
    const response = await api
      .as('reporter')
      .get(`/recommendations?${query}&consistentWith=${position}&limit=200`)
      .expect(200);
    return (response.body.items as { id: string }[]).map((item) => item.id);
  };

  describe('record-position', () => {
    it('takes the source response in place of a rationale, with the date it was decided', async () => {
      const id = await underReview();
      await run('reviewer', `/recommendations/${id}/record-position`, {
        position: 'noted',
        sourceResponse: 'Noted',
        effectiveDate: '2013-10-25',
      });
      const stored = (await api.streamOf(id)).at(-1);
      expect(stored?.data).toEqual({
        position: 'noted',
        sourceResponse: 'Noted',
        effectiveDate: '2013-10-25',
      });
    });

    it('400 naming rationale when neither a rationale nor a source response is given, and appends nothing', async () => {
      const id = await underReview();
      const response = await api
        .as('reviewer')
        .post(`/recommendations/${id}/record-position`, { position: 'supported' })
        .expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      const errors = response.body.errors as { field: string; message: string }[];
      expect(errors.map((error) => error.field)).toEqual(errors.map(() => 'rationale'));
      expect(errors).toContainEqual({
        field: 'rationale',
        message: 'rationale is required unless sourceResponse is given',
      });
      expect(await api.streamOf(id)).toHaveLength(2);
    });

    it.each([
      ['2021-02-30', 400, 'VALIDATION_FAILED'],
      ['2021-02-03', 422, 'RECOMMENDATION.EFFECTIVE_DATE_IN_FUTURE'],
    ])('refuses effective date %s with %i %s', async (effectiveDate, status, code) => {
      const id = await underReview();
      const response = await api
        .as('reviewer')
        .post(`/recommendations/${id}/record-position`, {
          position: 'supported',
          rationale: 'Yes.',
          effectiveDate,
        })
        .expect(status);
      expect(response.body.code).toBe(code);
      if (status === 400) expect(response.body.errors[0].field).toBe('effectiveDate');
    });
  });

  describe('defer-response', () => {
    it('shows the position as pending until one is recorded, and filters by it', async () => {
      const id = await underReview();
      const deferred = await run('reviewer', `/recommendations/${id}/defer-response`, {
        reason: 'The State will answer before the plenary.',
        effectiveDate: '2021-01-20',
      });
      expect(await read(id, deferred)).toMatchObject({ status: 'under_review', position: 'pending' });
      expect(await listed('position=pending', deferred)).toContain(id);

      const recorded = await run('reviewer', `/recommendations/${id}/record-position`, {
        position: 'supported',
        sourceResponse: 'Supported',
      });
      expect(await read(id, recorded)).toMatchObject({ status: 'reviewed', position: 'supported' });
      expect(await listed('position=pending', recorded)).not.toContain(id);
      expect((await api.streamOf(id)).map((event) => event.type)).toEqual([
        'RecommendationProposed',
        'ReviewScheduled',
        'ResponseDeferred',
        'PositionRecorded',
      ]);
    });

    it('400 naming reason without one; 403 for the secretariat', async () => {
      const id = await underReview();
      const blank = await api.as('reviewer').post(`/recommendations/${id}/defer-response`, {}).expect(400);
      expect(blank.body.errors[0].field).toBe('reason');
      await api
        .as('secretariat')
        .post(`/recommendations/${id}/defer-response`, { reason: 'Later.' })
        .expect(403);
    });
  });

  describe('plan fields added later', () => {
    it('reflects with only the plan, then adds the rest; overdue only once there is a target date', async () => {
      const id = await planned();
      api.clock.advance(5 * 365 * 24 * 3600);
      const position = (await api.streamOf(id)).at(-1)!.position.toString();
      expect(await read(id, position)).toMatchObject({
        status: 'planned',
        overdue: false,
        plan: { planId: PLAN.id, actionRef: null, responsibleInstitutions: null, targetDate: null },
      });
      expect(await listed('overdue=true', position)).not.toContain(id);

      const updated = await run('secretariat', `/recommendations/${id}/update-plan-link`, {
        actionRef: 'NHRAP 3.2.1',
        responsibleInstitutions: ['Ministry of Justice'],
        targetDate: '2023-12-31',
      });
      expect(await read(id, updated)).toMatchObject({
        overdue: true,
        plan: {
          planId: PLAN.id,
          actionRef: 'NHRAP 3.2.1',
          responsibleInstitutions: ['Ministry of Justice'],
          targetDate: '2023-12-31',
        },
      });
      expect(await listed('overdue=true', updated)).toContain(id);
    });

    it('400 for an empty update, 422 for a target date outside the plan, 403 for a reviewer', async () => {
      const id = await planned();
      const empty = await api
        .as('secretariat')
        .post(`/recommendations/${id}/update-plan-link`, {})
        .expect(400);
      expect(empty.body.code).toBe('VALIDATION_FAILED');
      const outside = await api
        .as('secretariat')
        .post(`/recommendations/${id}/update-plan-link`, { targetDate: '2030-01-01' })
        .expect(422);
      expect(outside.body.code).toBe('PLAN.TARGET_OUTSIDE_PERIOD');
      await api
        .as('reviewer')
        .post(`/recommendations/${id}/update-plan-link`, { actionRef: 'Task 1' })
        .expect(403);
    });

    it('still refuses a target date outside the plan when reflecting', async () => {
      const id = await underReview();
      await run('reviewer', `/recommendations/${id}/record-position`, {
        position: 'supported',
        rationale: 'Yes.',
      });
      const response = await api
        .as('secretariat')
        .post(`/recommendations/${id}/reflect-in-plan`, { planId: PLAN.id, targetDate: '2030-01-01' })
        .expect(422);
      expect(response.body.code).toBe('PLAN.TARGET_OUTSIDE_PERIOD');
    });
  });

  describe('the effective timeline', () => {
    it('state?asOf= and history follow the decision date with timeline=effective, the recording date by default', async () => {
      const id = await underReview();
      await run('reviewer', `/recommendations/${id}/record-position`, {
        position: 'supported',
        sourceResponse: 'Supported',
        effectiveDate: '2013-10-25',
      });
      const state = (query: string) => api.as('auditor').get(`/recommendations/${id}/state?${query}`);

      const recorded = await state('asOf=2014-01-01').expect(404);
      expect(recorded.body.code).toBe('RECOMMENDATION.NOT_FOUND');
      await state('asOf=2014-01-01&timeline=recorded').expect(404);
      const effective = await state('asOf=2014-01-01&timeline=effective').expect(200);
      expect(effective.body).toMatchObject({
        revision: 2,
        state: { status: 'reviewed', position: 'supported' },
      });
      await state('asOf=2013-10-24&timeline=effective').expect(404);

      const history = await api
        .as('auditor')
        .get(`/recommendations/${id}/history?timeline=effective`)
        .expect(200);
      expect(history.body.events.map((event: { type: string }) => event.type)).toEqual([
        'PositionRecorded',
        'RecommendationProposed',
        'ReviewScheduled',
      ]);
      expect(history.body.events[0].effectiveAt).toBe('2013-10-25T00:00:00.000Z');
      const bad = await api.as('auditor').get(`/recommendations/${id}/history?timeline=decided`).expect(400);
      expect(bad.body.errors[0].field).toBe('timeline');
    });
  });
});
