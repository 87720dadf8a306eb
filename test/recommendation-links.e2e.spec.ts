import { startApi, type ApiHarness } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

describe('links between recommendations and mechanisms assessments', () => {
  let api: ApiHarness;
  let older: string;
  let newer: string;
  let position: string;
  const remove = (id: string, body: object) =>
    api
      .http()
      .delete(`/recommendations/${id}/links`)
      .set('Authorization', `Bearer ${api.tokens.secretariat}`)
      .send(body);

  beforeAll(async () => {
    api = await startApi();
    ({ id: older } = await proposeOne(api, { reference: 'CCPR/C/TKM/CO/2 para. 7' }));
    ({ id: newer } = await proposeOne(api, { reference: 'CCPR/C/TKM/CO/3 para. 9' }));
    position = await runCommand(api, 'secretariat', `/recommendations/${newer}/links`, {
      kind: 'carried_over_from',
      recommendationId: older,
    });
  });
  afterAll(() => api.close());

  it('shows the link on both sides: outgoing on the newer, "carried over to" on the older', async () => {
    const newerPage = (
      await api.as('reporter').get(`/recommendations/${newer}?consistentWith=${position}`).expect(200)
    ).body;
    expect(newerPage.links).toEqual({
      outgoing: [
        {
          kind: 'carried_over_from',
          label: 'carried_over_from',
          recommendationId: older,
          reference: 'CCPR/C/TKM/CO/2 para. 7',
          linkedAt: expect.any(String),
        },
      ],
      incoming: [],
    });
    const olderPage = (await api.as('reporter').get(`/recommendations/${older}`).expect(200)).body;
    expect(olderPage.links.incoming).toEqual([
      expect.objectContaining({
        kind: 'carried_over_from',
        label: 'carried_over_to',
        recommendationId: newer,
      }),
    ]);
  });

  it('refuses the same link again from either side (409), itself, and an unknown recommendation (422)', async () => {
    const again = await api
      .as('secretariat')
      .post(`/recommendations/${newer}/links`, { kind: 'carried_over_from', recommendationId: older });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'RECOMMENDATION.LINK_EXISTS', declaredBy: newer });
    const self = await api
      .as('secretariat')
      .post(`/recommendations/${newer}/links`, { kind: 'related', recommendationId: newer });
    expect(self.body).toMatchObject({ status: 422, code: 'RECOMMENDATION.LINK_TO_ITSELF' });
    const unknown = await api.as('secretariat').post(`/recommendations/${newer}/links`, {
      kind: 'related',
      recommendationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.body).toMatchObject({ status: 422, code: 'RECOMMENDATION.LINK_TARGET_UNKNOWN' });
  });

  it('names the field of a bad body (400) and refuses a reporter (403)', async () => {
    const bad = await api
      .as('secretariat')
      .post(`/recommendations/${newer}/links`, { kind: 'successor', recommendationId: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'kind',
      'recommendationId',
    ]);
    const reporter = await api
      .as('reporter')
      .post(`/recommendations/${newer}/links`, { kind: 'related', recommendationId: older });
    expect(reporter.status).toBe(403);
  });

  it('removes a link with DELETE; removing it twice is refused', async () => {
    const body = { kind: 'related', recommendationId: older };
    await runCommand(api, 'secretariat', `/recommendations/${newer}/links`, body);
    const removed = await remove(newer, body).expect(200);
    const page = (
      await api.as('reporter').get(`/recommendations/${older}?consistentWith=${removed.body.position}`)
    ).body;
    expect(page.links.incoming.map((link: { kind: string }) => link.kind)).toEqual(['carried_over_from']);
    expect((await remove(newer, body)).body).toMatchObject({
      status: 422,
      code: 'RECOMMENDATION.LINK_NOT_FOUND',
    });
  });

  it("keeps the mechanisms' assessments beside the State's, and filters by the latest grade", async () => {
    await runCommand(api, 'secretariat', `/recommendations/${older}/schedule-review`, {
      reviewDueDate: '2021-06-30',
    });
    await runCommand(api, 'reviewer', `/recommendations/${older}/record-position`, {
      position: 'noted',
      rationale: 'Under study.',
    });
    const early = await api.as('secretariat').post(`/recommendations/${older}/mechanism-assessments`, {
      scale: 'treaty_body_follow_up',
      grade: 'mostly',
      assessedBy: 'Human Rights Committee',
      assessedOn: '2021-01-20',
    });
    expect(early.body).toMatchObject({
      status: 422,
      code: 'RECOMMENDATION.GRADE_NOT_ON_SCALE',
      field: 'grade',
    });
    const at = await runCommand(api, 'secretariat', `/recommendations/${older}/mechanism-assessments`, {
      scale: 'treaty_body_follow_up',
      grade: 'C',
      assessedBy: 'Human Rights Committee',
      assessedOn: '2021-01-20',
      documentSymbol: 'CCPR/C/131/2',
    });
    const page = (await api.as('reporter').get(`/recommendations/${older}?consistentWith=${at}`).expect(200))
      .body;
    expect(page).toMatchObject({
      stateAssessment: null,
      mechanismAssessments: [{ scale: 'treaty_body_follow_up', grade: 'C', documentSymbol: 'CCPR/C/131/2' }],
    });
    const graded = (await api.as('reporter').get('/recommendations?mechanismGrade=C').expect(200)).body;
    expect(graded.items.map((item: { id: string }) => item.id)).toEqual([older]);
    const linked = (await api.as('reporter').get(`/recommendations?linkedTo=${older}`).expect(200)).body;
    expect(linked.items.map((item: { id: string }) => item.id)).toEqual([newer]);
  });
});
