import { parse } from 'csv-parse/sync';
import { actionIdOf } from '@app/recommendations';
import { PLAN, proposal, startApi, type ApiHarness, type TestRole } from './support/api-harness';

describe('plan actions, institutions and their links', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(() => api.close());

  const send = (method: 'patch' | 'put' | 'delete', role: TestRole, path: string, body: object) =>
    api.http()[method](path).set('Authorization', `Bearer ${api.tokens[role]}`).send(body);
  const read = (path: string, position: string) =>
    api
      .as('auditor')
      .get(`${path}${path.includes('?') ? '&' : '?'}consistentWith=${position}`)
      .expect(200);
  const register = (id: string, en: string, ru?: string) =>
    api
      .as('secretariat')
      .post('/institutions', { id, names: { en, ...(ru ? { ru } : {}) }, kind: 'ministry' });
  const proposed = async (): Promise<string> =>
    (await api.as('secretariat').post('/recommendations', proposal()).expect(201)).body.id as string;

  const action = {
    number: '2.1.3',
    title: 'Draft amendments to the Criminal Code',
    leadInstitutionId: 'ministry-of-justice',
    supportingInstitutionIds: ['ombudsperson'],
    startDate: '2021-03-01',
    targetDate: '2022-12-31',
  };
  const actionId = actionIdOf(PLAN.id, '2.1.3');

  it('registers institutions once, by the secretariat', async () => {
    await register('ministry-of-justice', 'Ministry of Justice', 'Министерство юстиции').expect(201);
    await register('ombudsperson', 'Ombudsperson').expect(201);
    const again = await register('ombudsperson', 'Ombudsperson').expect(409);
    expect(again.body.code).toBe('INSTITUTION.ALREADY_EXISTS');
    await register('Bad Id!', 'X').expect(400);
    await api
      .as('reviewer')
      .post('/institutions', { id: 'x', names: { en: 'X' }, kind: 'agency' })
      .expect(403);
    const renamed = await send('patch', 'secretariat', '/institutions/ombudsperson', {
      names: { en: 'Ombudsperson', tk: 'Ombudsmen' },
    }).expect(200);
    const { body } = await read('/institutions', renamed.body.position);
    expect(body.map((item: { id: string }) => item.id)).toEqual(['ministry-of-justice', 'ombudsperson']);
    expect(body[1].names).toEqual({ en: 'Ombudsperson', ru: null, tk: 'Ombudsmen' });
  });

  it('creates an action whose id follows from plan and number, and refuses the number again', async () => {
    const created = await api.as('secretariat').post(`/plans/${PLAN.id}/actions`, action).expect(201);
    expect(created.body.id).toBe(actionId);
    expect(created.headers.location).toBe(`/actions/${actionId}`);
    const taken = await api
      .as('secretariat')
      .post(`/plans/${PLAN.id}/actions`, { ...action, number: ' 2.1.3' })
      .expect(409);
    expect(taken.body.code).toBe('ACTION.ALREADY_EXISTS');
    const unknown = await api
      .as('secretariat')
      .post(`/plans/${PLAN.id}/actions`, {
        ...action,
        number: '2.1.4',
        leadInstitutionId: 'ministry-of-magic',
      })
      .expect(422);
    expect(unknown.body).toMatchObject({
      code: 'INSTITUTION.UNKNOWN',
      institutionIds: ['ministry-of-magic'],
    });
    await api.as('secretariat').post('/plans/NO-PLAN/actions', action).expect(404);
    await api.as('reviewer').post(`/plans/${PLAN.id}/actions`, action).expect(403);
  });

  it('links recommendations, defines an indicator, and shows them with names and due dates', async () => {
    const [first, second] = [await proposed(), await proposed()];
    const linked = await api
      .as('secretariat')
      .post(`/actions/${actionId}/links`, { recommendationIds: [first, second] })
      .expect(200);
    const repeated = await api
      .as('secretariat')
      .post(`/actions/${actionId}/links`, { recommendationIds: [first] })
      .expect(200);
    expect(repeated.body.revision).toBe(linked.body.revision);
    const unknown = await api
      .as('secretariat')
      .post(`/actions/${actionId}/links`, { recommendationIds: ['no-such'] })
      .expect(422);
    expect(unknown.body.code).toBe('ACTION.UNKNOWN_RECOMMENDATIONS');
    const indicator = await api
      .as('secretariat')
      .post(`/actions/${actionId}/indicators`, {
        indicatorId: 'drafts',
        name: 'Drafts submitted',
        unit: 'drafts',
        target: 1,
        frequencyMonths: 6,
        scheduleStart: '2021-01-31',
      })
      .expect(200);
    const { body, headers } = await read(`/actions/${actionId}`, indicator.body.position);
    expect(headers.etag).toBe(`"${indicator.body.revision}"`);
    expect(body).toMatchObject({
      id: actionId,
      number: '2.1.3',
      status: 'planned',
      implied: false,
      leadInstitution: { id: 'ministry-of-justice', names: { en: 'Ministry of Justice' } },
      supportingInstitutions: [{ id: 'ombudsperson', names: { en: 'Ombudsperson' } }],
      recommendationCount: 2,
    });
    expect(body.recommendations.map((r: { id: string; status: string }) => r.status)).toEqual([
      'proposed',
      'proposed',
    ]);
    expect(body.indicators[0]).toMatchObject({
      dueDates: [
        '2021-07-31',
        '2022-01-31',
        '2022-07-31',
        '2023-01-31',
        '2023-07-31',
        '2024-01-31',
        '2024-07-31',
        '2025-01-31',
        '2025-07-31',
      ],
      pastDueDates: [],
      nextDueDate: '2021-07-31',
    });
  });

  it('moves through its lifecycle with If-Match, refusing what the table does not allow', async () => {
    const stale = await api
      .as('secretariat')
      .post(`/actions/${actionId}/start`)
      .set('If-Match', '"0"')
      .expect(409);
    expect(stale.body.code).toBe('CONCURRENCY_CONFLICT');
    await api.as('secretariat').post(`/actions/${actionId}/start`).expect(200);
    const refused = await api.as('secretariat').post(`/actions/${actionId}/resume`).expect(422);
    expect(refused.body).toMatchObject({ actionStatus: 'in_progress', command: 'resumeAction' });
    await api.as('secretariat').post(`/actions/${actionId}/delay`, { reason: ' ' }).expect(400);
    const delayed = await api
      .as('secretariat')
      .post(`/actions/${actionId}/delay`, { reason: 'Budget' })
      .expect(200);
    const { body } = await read(
      `/plans/${PLAN.id}/actions?institution=ombudsperson&status=delayed`,
      delayed.body.position,
    );
    expect(body.map((a: { number: string }) => a.number)).toEqual(['2.1.3']);
    const none = await read(`/plans/${PLAN.id}/actions?status=completed`, delayed.body.position);
    expect(none.body).toEqual([]);
  });

  it('answers an institution with its actions and workload, and the plan summary by registry institution', async () => {
    const head = (await api.store.headPosition()).toString();
    const { body } = await read('/institutions/ombudsperson', head);
    expect(body).toMatchObject({
      id: 'ombudsperson',
      actions: [{ number: '2.1.3', role: 'supporting' }],
      workload: { total: 1, byStatus: { delayed: 1, planned: 0 } },
      overdueReports: 0,
    });
    await api.as('auditor').get('/institutions/nobody').expect(404);
    const summary = await read(`/plans/${PLAN.id}/institutions`, head);
    expect(summary.body.registry).toEqual([
      {
        institutionId: 'ministry-of-justice',
        names: { en: 'Ministry of Justice', ru: 'Министерство юстиции', tk: null },
        actions: { total: 1, lead: 1, byStatus: { delayed: 1 } },
      },
      {
        institutionId: 'ombudsperson',
        names: { en: 'Ombudsperson', ru: null, tk: 'Ombudsmen' },
        actions: { total: 1, lead: 0, byStatus: { delayed: 1 } },
      },
    ]);
  });

  it('exports the actions with their links, and the recommendations with their action numbers', async () => {
    const head = (await api.store.headPosition()).toString();
    const file = await read(`/plans/${PLAN.id}/actions?format=csv`, head);
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${PLAN.id}-actions.csv"`);
    const rows = parse(file.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({
      number: '2.1.3',
      status: 'delayed',
      lead: 'Ministry of Justice',
      supporting: 'Ombudsperson',
      indicators: 'Drafts submitted (drafts, every 6 months)',
    });
    expect(rows[0].linkedReferences.split('; ')).toHaveLength(2);
    await read(`/plans/${PLAN.id}/actions?format=xlsx`, head).expect('Content-Type', /spreadsheetml/);
    const csv = await read('/reports/recommendations.csv', head);
    const exported = parse(csv.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(exported.map((row) => row.actionNumbers)).toEqual(['2.1.3', '2.1.3']);
  });

  it('links a recommendation reflected in the plan to the action its actionRef numbers, creating it', async () => {
    const id = await proposed();
    await api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' });
    await api
      .as('reviewer')
      .post(`/recommendations/${id}/record-position`, { position: 'supported', rationale: 'Yes.' });
    const reflected = await api
      .as('secretariat')
      .post(`/recommendations/${id}/reflect-in-plan`, { planId: PLAN.id, actionRef: '3.1' })
      .expect(200);
    const head = (await api.store.headPosition()).toString();
    const implied = actionIdOf(PLAN.id, '3.1');
    const { body: recommendation } = await read(`/recommendations/${id}`, reflected.body.position);
    expect(recommendation.plan.actionId).toBe(implied);
    const { body } = await read(`/actions/${implied}`, head);
    expect(body).toMatchObject({ number: '3.1', title: '3.1', implied: false, leadInstitution: null });
    expect(body.recommendations).toEqual([{ id, reference: recommendation.reference, status: 'planned' }]);
    const stored = await api.store.readStream(`action-${implied}`);
    expect(stored.map((event) => event.type)).toEqual(['ActionCreated', 'RecommendationsLinked']);
  });
});
