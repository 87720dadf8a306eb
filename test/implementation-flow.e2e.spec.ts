import { createHash } from 'node:crypto';
import { MINIMAL_PDF } from '@app/testing';
import { PLAN, proposal, startApi, type ApiHarness } from './support/api-harness';
import { addFocalPoints } from './support/progress-report-seed';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const MOJ = 'ministry-of-justice';
const MOH = 'ministry-of-health';
const INSTITUTIONS = [
  { id: MOJ, names: { en: 'Ministry of Justice', ru: 'Министерство юстиции', tk: 'Adalat ministrligi' } },
  { id: MOH, names: { en: 'Ministry of Health', ru: 'Министерство здравоохранения' } },
];
const REPORT = { periodStart: '2021-01-01', periodEnd: '2021-03-31' };

/** Issue 17's whole flow through the API alone: every step as its users take it, every answer read back. */
describe('an action from creation to a validated progress report', () => {
  let api: ApiHarness;
  let focalPoint: string;
  let outsider: string;
  let actionId: string;
  let reportId: string;
  let position = '0';
  const bearer = (token: string) => `Bearer ${token}`;
  const as = (token: string) => ({
    get: (path: string) => api.http().get(path).set('Authorization', bearer(token)),
    post: (path: string, body: object = {}) =>
      api.http().post(path).set('Authorization', bearer(token)).send(body),
  });
  const consistent = (path: string) => `${path}${path.includes('?') ? '&' : '?'}consistentWith=${position}`;
  const planProgress = async () =>
    (
      await api
        .as('secretariat')
        .get(consistent(`/plans/${PLAN.id}`))
        .expect(200)
    ).body.reports;

  /** A recommendation the commission supported, ready to be followed in the plan. */
  async function supportedRecommendation(): Promise<string> {
    const created = await api.as('secretariat').post('/recommendations', proposal()).expect(201);
    const id = created.body.id as string;
    await api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' })
      .expect(200);
    await api
      .as('reviewer')
      .post(`/recommendations/${id}/record-position`, { position: 'supported', rationale: 'Agreed.' })
      .expect(200);
    return id;
  }

  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    for (const institution of INSTITUTIONS) {
      await api
        .as('secretariat')
        .post('/institutions', { ...institution, kind: 'ministry' })
        .expect(201);
    }
    [focalPoint, outsider] = await addFocalPoints(api, [
      ['merjen', MOJ],
      ['aman', MOH],
    ]);
  });
  afterAll(() => api.close());

  it('the secretariat creates an action with an indicator and two linked recommendations', async () => {
    const recommendations = [await supportedRecommendation(), await supportedRecommendation()];
    const created = await api
      .as('secretariat')
      .post(`/plans/${PLAN.id}/actions`, {
        number: '2.1.3',
        title: 'Draft amendments to the Criminal Code',
        leadInstitutionId: MOJ,
        startDate: '2021-01-01',
        targetDate: '2022-12-31',
      })
      .expect(201);
    actionId = created.body.id as string;
    await api
      .as('secretariat')
      .post(`/actions/${actionId}/indicators`, {
        indicatorId: 'drafts',
        name: 'Draft laws submitted to parliament',
        unit: 'drafts',
        baseline: 0,
        target: 2,
        frequencyMonths: 3,
        scheduleStart: '2021-01-01',
      })
      .expect(200);
    position = (
      await api
        .as('secretariat')
        .post(`/actions/${actionId}/links`, { recommendationIds: recommendations })
        .expect(200)
    ).body.position;

    const action = (
      await api
        .as('reviewer')
        .get(consistent(`/actions/${actionId}`))
        .expect(200)
    ).body;
    expect(action).toMatchObject({ number: '2.1.3', status: 'planned', leadInstitutionId: MOJ });
    expect(action.recommendations.map((r: { id: string }) => r.id).sort()).toEqual(
      [...recommendations].sort(),
    );
    expect(action.indicators).toEqual([expect.objectContaining({ indicatorId: 'drafts', target: 2 })]);
    expect(await planProgress()).toEqual({ actionsWithValidatedReport: 0, validatedReports: 0 });
  });

  it("the lead institution's focal point sees the action and submits a report with an evidence file", async () => {
    const inbox = (await as(focalPoint).get(consistent('/inbox')).expect(200)).body;
    expect(inbox.actions).toEqual([expect.objectContaining({ actionId, role: 'lead' })]);
    await as(focalPoint)
      .get(consistent(`/actions/${actionId}`))
      .expect(200);

    const content = { ...REPORT, narrative: 'Draft sent to the Mejlis.' };
    const submitted = await api
      .http()
      .post(`/actions/${actionId}/progress-reports`)
      .set('Authorization', bearer(focalPoint))
      .field('json', JSON.stringify({ ...content, indicatorValues: [{ indicatorId: 'drafts', value: 1 }] }))
      .attach('evidence', MINIMAL_PDF, { filename: 'draft.pdf', contentType: 'application/pdf' })
      .expect(201);
    reportId = submitted.body.id as string;
    position = submitted.body.position as string;
    const report = (
      await api
        .as('secretariat')
        .get(consistent(`/progress-reports/${reportId}`))
        .expect(200)
    ).body;
    expect(report).toMatchObject({ status: 'submitted', institutionId: MOJ });
    expect(report.evidence).toEqual([expect.objectContaining({ sha256: sha256(MINIMAL_PDF) })]);
    expect(await planProgress()).toEqual({ actionsWithValidatedReport: 0, validatedReports: 0 });
  });

  it('a focal point of another institution is refused at every step and sees nothing of it', async () => {
    const refusals = [
      as(outsider).post(`/actions/${actionId}/progress-reports`, { ...REPORT, narrative: 'Mine.' }),
      as(outsider).post(`/progress-reports/${reportId}/resubmit`, { ...REPORT, narrative: 'Mine.' }),
      as(outsider).post(`/progress-reports/${reportId}/return`, { comment: 'No.' }),
      as(outsider).post(`/progress-reports/${reportId}/validate`, {}),
      as(outsider).post(`/actions/${actionId}/links`, { recommendationIds: [] }),
    ];
    for (const refusal of refusals) await refusal.expect(403);

    expect((await as(outsider).get(consistent('/inbox')).expect(200)).body.actions).toEqual([]);
    await as(outsider)
      .get(consistent(`/actions/${actionId}`))
      .expect(404);
    await as(outsider)
      .get(consistent(`/progress-reports/${reportId}`))
      .expect(404);
    await as(outsider)
      .get(`/progress-reports/${reportId}/evidence/${sha256(MINIMAL_PDF)}`)
      .expect(404);
    const listed = await as(outsider)
      .get(consistent(`/actions/${actionId}/progress-reports`))
      .expect(200);
    expect(listed.body).toEqual([]);
    await as(outsider).get('/validation-queue').expect(403);
    await as(outsider).get(`/recommendations`).expect(403);
  });

  it('the secretariat returns it, the focal point resubmits, the secretariat validates: only then it counts', async () => {
    position = (
      await api
        .as('secretariat')
        .post(`/progress-reports/${reportId}/return`, { comment: 'Give the article numbers.' })
        .expect(200)
    ).body.position;
    const inbox = (await as(focalPoint).get(consistent('/inbox')).expect(200)).body;
    expect(inbox.needsResubmission).toEqual([
      expect.objectContaining({ id: reportId, returnedComment: 'Give the article numbers.' }),
    ]);
    expect(await planProgress()).toEqual({ actionsWithValidatedReport: 0, validatedReports: 0 });

    position = (
      await as(focalPoint)
        .post(`/progress-reports/${reportId}/resubmit`, {
          ...REPORT,
          narrative: 'Articles 12 and 14 amended.',
        })
        .expect(200)
    ).body.position;
    const queue = (await api.as('secretariat').get(consistent('/validation-queue')).expect(200)).body;
    expect(queue.map((report: { id: string }) => report.id)).toEqual([reportId]);
    expect(await planProgress()).toEqual({ actionsWithValidatedReport: 0, validatedReports: 0 });

    position = (await api.as('secretariat').post(`/progress-reports/${reportId}/validate`, {}).expect(200))
      .body.position;
    const report = (
      await as(focalPoint)
        .get(consistent(`/progress-reports/${reportId}`))
        .expect(200)
    ).body;
    expect(report).toMatchObject({ status: 'validated', narrative: 'Articles 12 and 14 amended.' });
    // The resubmission keeps the file the secretariat saw first.
    expect(report.evidence).toEqual([expect.objectContaining({ sha256: sha256(MINIMAL_PDF) })]);
    expect(await planProgress()).toEqual({ actionsWithValidatedReport: 1, validatedReports: 1 });
    expect((await api.as('secretariat').get(consistent('/validation-queue')).expect(200)).body).toEqual([]);
  });
});
