import { PLAN, startApi, type ApiHarness } from './support/api-harness';
import { proposeOne } from './support/read-model-commands';
import { LEAD, seedAction } from './support/progress-report-seed';

const REPORT = {
  periodStart: '2021-01-01',
  periodEnd: '2021-03-31',
  indicatorValues: [],
  narrative: 'Draft amendments sent to the Mejlis.',
  evidence: [],
};

describe('publication control over HTTP (issue 18)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(() => api.close());

  const read = async (path: string, position: string) =>
    (await api.as('reporter').get(`${path}?consistentWith=${position}`).expect(200)).body;
  const listed = async (query: string, position: string): Promise<string[]> => {
    const response = await api
      .as('reporter')
      .get(`/recommendations?${query}&consistentWith=${position}&limit=200`)
      .expect(200);
    return (response.body.items as { id: string }[]).map((item) => item.id);
  };

  describe('a recommendation', () => {
    it('is not public by default; publishing, re-publishing with the rationale hidden, and unpublishing show on the read side', async () => {
      const { id, position: proposed } = await proposeOne(api);
      expect((await read(`/recommendations/${id}`, proposed)).publication).toEqual({
        published: false,
        rationalePublic: null,
        publishedAt: null,
      });
      expect(await listed('published=false', proposed)).toContain(id);

      const publish = (rationalePublic: boolean) =>
        api.as('secretariat').post(`/recommendations/${id}/publish`).send({ rationalePublic }).expect(200);
      const first = await publish(true);
      const shown = await read(`/recommendations/${id}`, first.body.position);
      expect(shown.publication).toEqual({
        published: true,
        rationalePublic: true,
        publishedAt: expect.any(String),
      });
      expect(await listed('published=true', first.body.position)).toContain(id);
      expect(await listed('published=false', first.body.position)).not.toContain(id);

      const again = await publish(true);
      expect(again.body.revision).toBe(first.body.revision);
      const hidden = await publish(false);
      expect(hidden.body.revision).toBe(first.body.revision + 1);
      expect((await read(`/recommendations/${id}`, hidden.body.position)).publication).toMatchObject({
        published: true,
        rationalePublic: false,
      });

      const off = await api.as('secretariat').post(`/recommendations/${id}/unpublish`).send({}).expect(200);
      expect((await read(`/recommendations/${id}`, off.body.position)).publication.published).toBe(false);
      const twice = await api.as('secretariat').post(`/recommendations/${id}/unpublish`).send({}).expect(200);
      expect(twice.body.revision).toBe(off.body.revision);
      expect((await api.streamOf(id)).map((event) => [event.type, event.data])).toEqual([
        ['RecommendationProposed', expect.anything()],
        ['RecommendationPublished', { rationalePublic: true }],
        ['RecommendationPublished', { rationalePublic: false }],
        ['RecommendationUnpublished', {}],
      ]);
    });

    it('records a retry with the same Idempotency-Key once', async () => {
      const { id } = await proposeOne(api);
      const retry = () =>
        api
          .as('secretariat')
          .post(`/recommendations/${id}/publish`)
          .set('Idempotency-Key', `publish-${id}`)
          .send({ rationalePublic: false })
          .expect(200);
      const first = await retry();
      const second = await retry();
      expect(second.body).toEqual(first.body);
      expect((await api.streamOf(id)).map((event) => event.type)).toEqual([
        'RecommendationProposed',
        'RecommendationPublished',
      ]);
    });

    it('refuses a reviewer (403), a body without rationalePublic (400 naming it), and a withdrawn one (422)', async () => {
      const { id } = await proposeOne(api);
      const path = `/recommendations/${id}/publish`;
      await api.as('reviewer').post(path).send({ rationalePublic: true }).expect(403);
      const bad = await api.as('secretariat').post(path).send({ rationalePublic: 'yes' }).expect(400);
      expect(JSON.stringify(bad.body)).toContain('rationalePublic');
      await api
        .as('secretariat')
        .post(`/recommendations/${id}/withdraw`)
        .send({ reason: 'Duplicate.' })
        .expect(200);
      const refused = await api.as('secretariat').post(path).send({ rationalePublic: true }).expect(422);
      expect(refused.body.code).toBe('RECOMMENDATION.INVALID_TRANSITION');
    });
  });

  describe('a plan action and its progress reports', () => {
    let actionId: string;
    beforeAll(async () => {
      actionId = await seedAction(api.app, {
        planId: PLAN.id,
        number: '9.9.1',
        title: 'Publish the action plan',
        leadInstitutionId: LEAD,
        supportingInstitutionIds: [],
      });
    });

    it('publishes and unpublishes an action; GET /actions/:id and the plan list answer published', async () => {
      const published = await api.as('secretariat').post(`/actions/${actionId}/publish`).expect(200);
      expect((await read(`/actions/${actionId}`, published.body.position)).published).toBe(true);
      const again = await api.as('secretariat').post(`/actions/${actionId}/publish`).expect(200);
      expect(again.body.revision).toBe(published.body.revision);
      const list = await read(`/plans/${PLAN.id}/actions`, published.body.position);
      expect(list).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: actionId, published: true })]),
      );
      await api.as('reviewer').post(`/actions/${actionId}/unpublish`).expect(403);
      const off = await api.as('secretariat').post(`/actions/${actionId}/unpublish`).expect(200);
      expect((await read(`/actions/${actionId}`, off.body.position)).published).toBe(false);
    });

    it.each(['publish', 'unpublish'])(
      'answers %s of an id that cannot name an action (a NUL) with 404 ACTION.NOT_FOUND, not a log error',
      async (command) => {
        const response = await api.as('secretariat').post(`/actions/%00/${command}`).expect(404);
        expect(response.body.code).toBe('ACTION.NOT_FOUND');
      },
    );

    it('refuses to publish a report not validated (422) and publishes a validated one', async () => {
      const submitted = await api
        .as('secretariat')
        .post(`/actions/${actionId}/progress-reports`)
        .send({ ...REPORT, institutionId: LEAD })
        .expect(201);
      const reportId: string = submitted.body.id;
      const refused = await api.as('secretariat').post(`/progress-reports/${reportId}/publish`).expect(422);
      expect(refused.body.code).toBe('PROGRESS_REPORT.INVALID_TRANSITION');

      await api.as('secretariat').post(`/progress-reports/${reportId}/validate`).send({}).expect(200);
      await api.as('reviewer').post(`/progress-reports/${reportId}/publish`).expect(403);
      const published = await api.as('secretariat').post(`/progress-reports/${reportId}/publish`).expect(200);
      expect((await read(`/progress-reports/${reportId}`, published.body.position)).published).toBe(true);
      const off = await api.as('secretariat').post(`/progress-reports/${reportId}/unpublish`).expect(200);
      expect((await read(`/progress-reports/${reportId}`, off.body.position)).published).toBe(false);
    });
  });
});
