import { actionIdOf } from '@app/recommendations';
import { startApi, type ApiHarness } from './support/api-harness';
import { appendV1Log, v1IdOf } from './support/v1-log';

const PLAN_ID = 'NHRAP-2021-2025';

describe('version-1 plan links, upcast into plan actions', () => {
  let api: ApiHarness;
  let head: string;
  const actionId = actionIdOf(PLAN_ID, 'NHRAP 3.2.1');
  beforeAll(async () => {
    api = await startApi();
    head = (await appendV1Log(api.store)).toString();
  });
  afterAll(() => api.close());

  const read = (path: string, at = head) =>
    api
      .as('auditor')
      .get(`${path}${path.includes('?') ? '&' : '?'}consistentWith=${at}`)
      .expect(200);
  const settled = async (): Promise<{ name: string; state: string; parked: number }[]> => {
    for (;;) {
      const { body } = await api.as('admin').get('/projections').expect(200);
      if (!(body as { state: string }[]).some((p) => p.state === 'rebuilding')) return body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it("shows each distinct actionRef of a plan as an action, named by the link's free text", async () => {
    const { body } = await read(`/plans/${PLAN_ID}/actions`);
    expect(body).toEqual([
      expect.objectContaining({
        id: actionId,
        number: 'NHRAP 3.2.1',
        title: 'NHRAP 3.2.1',
        status: 'planned',
        implied: true,
        leadInstitutionId: null,
        responsibleInstitutions: ['Ministry of Justice'],
        recommendationCount: 1,
      }),
    ]);
    const { body: details } = await read(`/actions/${actionId}`);
    expect(details.recommendations).toEqual([{ id: v1IdOf('V1-3'), reference: 'V1-3', status: 'planned' }]);
    expect(details.revision).toBeNull();
  });

  it("gives the recommendation's plan link its action id, and keeps history in the stored version-1 form", async () => {
    const id = v1IdOf('V1-3');
    const { body } = await read(`/recommendations/${id}`);
    expect(body.plan).toMatchObject({ actionRef: 'NHRAP 3.2.1', actionId });
    const { body: history } = await api.as('auditor').get(`/recommendations/${id}/history`).expect(200);
    const reflected = history.events.find(
      (e: { type: string }) => e.type === 'RecommendationReflectedInPlan',
    );
    expect(reflected).toMatchObject({ metadata: { schemaVersion: 1 } });
    expect(reflected.data.actionId).toBeUndefined();
  });

  it('materialises the implied action with the first command on it, keeping its link', async () => {
    const started = await api.as('secretariat').post(`/actions/${actionId}/start`).expect(200);
    const stored = await api.store.readStream(`action-${actionId}`);
    expect(stored.map((event) => event.type)).toEqual([
      'ActionCreated',
      'RecommendationsLinked',
      'ActionStarted',
    ]);
    const { body } = await read(`/actions/${actionId}`, started.body.position);
    expect(body).toMatchObject({
      status: 'in_progress',
      implied: false,
      revision: 2,
      recommendationCount: 1,
    });
    expect(body.responsibleInstitutions).toEqual(['Ministry of Justice']);
  });

  it('rebuilds the actions read model from the log into the same answers', async () => {
    const before = (await read(`/actions/${actionId}`, (await api.store.headPosition()).toString())).body;
    await api.as('admin').post('/projections/actions/rebuild').expect(202);
    expect((await settled()).every((p) => p.state === 'running' && p.parked === 0)).toBe(true);
    const { body } = await api.as('auditor').get(`/actions/${actionId}`).expect(200);
    expect(body).toEqual(before);
    await api
      .as('auditor')
      .get('/audit/verify')
      .expect(/"ok":true/);
  });
});
