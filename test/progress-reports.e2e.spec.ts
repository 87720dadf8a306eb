import { startApi, type ApiHarness } from './support/api-harness';
import { LEAD, OUTSIDER, SUPPORTING, addFocalPoints, seedAction } from './support/progress-report-seed';

const PLAN = { id: 'NHRAP-2021-2025', title: 'Plan', periodStart: '2021-01-01', periodEnd: '2025-12-31' };
const REPORT = {
  periodStart: '2021-01-01',
  periodEnd: '2021-03-31',
  indicatorValues: [{ indicatorId: 'ind-1', value: 3 }],
  narrative: 'Draft amendments sent to the Mejlis.',
  evidence: [],
};

describe('progress reports over HTTP', () => {
  let api: ApiHarness;
  let actionId: string;
  let leadToken: string;
  let outsiderToken: string;
  let supportToken: string;
  const as = (token: string) => ({
    get: (path: string) => api.http().get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) =>
      api.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
  });

  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    actionId = await seedAction(api.app, {
      planId: PLAN.id,
      number: '2.1.3',
      title: 'Draft amendments to the Criminal Code',
      leadInstitutionId: LEAD,
      supportingInstitutionIds: [SUPPORTING],
      indicators: [
        {
          indicatorId: 'ind-1',
          name: 'Drafts',
          unit: 'count',
          frequencyMonths: 3,
          scheduleStart: '2020-10-01',
        },
      ],
    });
    [leadToken, outsiderToken, supportToken] = await addFocalPoints(api, [
      ['merjen', LEAD],
      ['aman', OUTSIDER],
      ['jeren', SUPPORTING],
    ]);
  });
  afterAll(() => api.close());

  it('shows a focal point their institution on GET /whoami', async () => {
    const response = await as(leadToken).get('/whoami').expect(200);
    expect(response.body).toEqual({ id: 'merjen', roles: ['focal_point'], institution: LEAD });
  });

  it('counts a report in plan progress only once the secretariat validates it, after a return and a resubmission', async () => {
    const submitted = await as(leadToken).post(`/actions/${actionId}/progress-reports`, REPORT).expect(201);
    const reportId: string = submitted.body.id;
    expect(submitted.headers.location).toBe(`/progress-reports/${reportId}`);

    const inbox = await as(leadToken).get(`/inbox?consistentWith=${submitted.body.position}`).expect(200);
    expect(inbox.body.actions).toEqual([
      expect.objectContaining({ actionId, number: '2.1.3', role: 'lead', nextDueDate: '2021-04-01' }),
    ]);
    expect(inbox.body.actions[0].reports.map((report: { id: string }) => report.id)).toEqual([reportId]);
    const queue = await api.as('secretariat').get('/validation-queue').expect(200);
    expect(queue.body.map((report: { id: string }) => report.id)).toEqual([reportId]);

    const returnedAt = await api
      .as('secretariat')
      .post(`/progress-reports/${reportId}/return`, { comment: 'Attach the draft.' })
      .expect(200);
    const returned = await as(leadToken).get(`/inbox?consistentWith=${returnedAt.body.position}`).expect(200);
    expect(returned.body.needsResubmission).toEqual([
      expect.objectContaining({ id: reportId, status: 'returned', returnedComment: 'Attach the draft.' }),
    ]);
    const resubmitted = await as(leadToken)
      .post(`/progress-reports/${reportId}/resubmit`, { ...REPORT, narrative: 'Draft attached.' })
      .expect(200);
    const beforeValidation = await api
      .as('secretariat')
      .get(`/plans/${PLAN.id}?consistentWith=${resubmitted.body.position}`)
      .expect(200);
    expect(beforeValidation.body.reports).toEqual({ actionsWithValidatedReport: 0, validatedReports: 0 });

    const validated = await api
      .as('secretariat')
      .post(`/progress-reports/${reportId}/validate`, {})
      .expect(200);
    const plan = await api
      .as('secretariat')
      .get(`/plans/${PLAN.id}?consistentWith=${validated.body.position}`);
    expect(plan.body.reports).toEqual({ actionsWithValidatedReport: 1, validatedReports: 1 });
    const report = await as(leadToken).get(`/progress-reports/${reportId}`).expect(200);
    expect(report.body).toMatchObject({
      status: 'validated',
      narrative: 'Draft attached.',
      institutionId: LEAD,
      indicatorValues: [{ indicatorId: 'ind-1', value: 3 }],
      validatedBy: 'secretariat-user',
    });
  });

  it('refuses a focal point of another institution (403) at every step, and shows them nothing', async () => {
    const submitted = await as(leadToken).post(`/actions/${actionId}/progress-reports`, REPORT).expect(201);
    const reportId: string = submitted.body.id;
    await api
      .as('secretariat')
      .post(`/progress-reports/${reportId}/return`, { comment: 'Fix it.' })
      .expect(200);
    const outsider = as(outsiderToken);

    const refusals = [
      await outsider.post(`/actions/${actionId}/progress-reports`, REPORT),
      await outsider.post(`/actions/${actionId}/progress-reports`, { ...REPORT, institutionId: LEAD }),
      await outsider.post(`/progress-reports/${reportId}/resubmit`, REPORT),
      await outsider.get(`/inbox?institution=${LEAD}`),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'PROGRESS_REPORT.INSTITUTION_OUT_OF_SCOPE' });
    }
    for (const step of ['return', 'validate']) {
      const refused = await outsider.post(`/progress-reports/${reportId}/${step}`, { comment: 'x' });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await outsider.get('/validation-queue')).status).toBe(403);

    const position = (await api.as('secretariat').get('/validation-queue')).headers['x-projection-position'];
    const read = `consistentWith=${position}`;
    expect((await outsider.get(`/progress-reports/${reportId}?${read}`)).status).toBe(404);
    expect((await outsider.get(`/actions/${actionId}/progress-reports?${read}`).expect(200)).body).toEqual(
      [],
    );
    expect((await outsider.get(`/inbox?${read}`).expect(200)).body).toEqual({
      institutionId: OUTSIDER,
      needsResubmission: [],
      actions: [],
    });
    const stream = await api.store.readStream(`progress-report-${reportId}`);
    expect(stream.map((event) => event.type)).toEqual(['ProgressReportSubmitted', 'ProgressReportReturned']);
  });

  it('lets the supporting institution report too, and refuses values for indicators the action lacks', async () => {
    await as(supportToken).post(`/actions/${actionId}/progress-reports`, REPORT).expect(201);
    const rejected = await as(leadToken).post(`/actions/${actionId}/progress-reports`, {
      ...REPORT,
      indicatorValues: [{ indicatorId: 'ind-9', value: 1 }],
    });
    expect(rejected.status).toBe(422);
    expect(rejected.body).toMatchObject({ code: 'PROGRESS_REPORT.INDICATOR_VALUE_INVALID' });
  });

  it('answers 400 naming the field for a malformed report', async () => {
    const response = await as(leadToken)
      .post(`/actions/${actionId}/progress-reports`, { ...REPORT, periodEnd: '2020-12-31', narrative: 5 })
      .expect(400);
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['periodEnd', 'narrative']));
  });
});
