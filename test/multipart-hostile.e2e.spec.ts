import { startApi, type ApiHarness } from './support/api-harness';
import { LEAD, addFocalPoints, seedAction } from './support/progress-report-seed';

const PLAN = { id: 'NHRAP-HOSTILE', title: 'Plan', periodStart: '2021-01-01', periodEnd: '2025-12-31' };
const INDICATOR = { indicatorId: 'ind-1', name: 'Drafts', unit: 'count', frequencyMonths: 3 };
const BOUNDARY = 'XX';
const jsonPart = (content: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="json"\r\n\r\n${content}\r\n--${BOUNDARY}--\r\n`;

describe('hostile multipart bodies on progress reports', () => {
  let api: ApiHarness;
  let actionId: string;
  let lead: string;

  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    actionId = await seedAction(api.app, {
      planId: PLAN.id,
      number: '1.1',
      title: 'Draft amendments',
      leadInstitutionId: LEAD,
      supportingInstitutionIds: [],
      indicators: [{ ...INDICATOR, scheduleStart: '2020-10-01' }],
    });
    [lead] = await addFocalPoints(api, [['merjen', LEAD]]);
  });
  afterAll(() => api.close());

  const send = (contentType: string, body: string) =>
    api
      .http()
      .post(`/actions/${actionId}/progress-reports`)
      .set('Authorization', `Bearer ${lead}`)
      .set('Content-Type', contentType)
      .send(body);
  const multipart = `multipart/form-data; boundary=${BOUNDARY}`;

  const expectRefused = async (response: { status: number; body: unknown }, field: string) => {
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((response.body as { errors: { field: string }[] }).errors.map((error) => error.field)).toContain(
      field,
    );
  };

  it('answers multipart/form-data without a boundary 400 naming Content-Type', async () => {
    const head = await api.store.headPosition();
    await expectRefused(await send('multipart/form-data', 'x'), 'Content-Type');
    expect(await api.store.headPosition()).toBe(head);
  });

  it('answers a JSON part nested thousands of levels deep 400 naming the part', async () => {
    const deep = `{"narrative":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    await expectRefused(await send(multipart, jsonPart(deep)), 'json');
  });

  it('answers wrong types in the JSON part 400 naming each field, as a JSON body would', async () => {
    const head = await api.store.headPosition();
    const content = { periodStart: '2021-01-01', periodEnd: '2021-03-31', narrative: 12345 };
    const wrong = { ...content, indicatorValues: [{ indicatorId: 'ind-1', value: '7' }] };
    const response = await send(multipart, jsonPart(JSON.stringify(wrong)));
    await expectRefused(response, 'narrative');
    await expectRefused(response, 'indicatorValues.0.value');
    expect(await api.store.headPosition()).toBe(head);
  });
});
