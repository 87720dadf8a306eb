import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { EvidenceStore, evidenceDirectory } from '@app/evidence';
import { progressReportStream } from '@app/recommendations';
import { MINIMAL_PDF, PNG_HEADER } from '@app/testing';
import { startApi, type ApiHarness } from './support/api-harness';
import { LEAD, OUTSIDER, addFocalPoints, seedAction } from './support/progress-report-seed';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const PLAN = { id: 'NHRAP-2021-2025', title: 'Plan', periodStart: '2021-01-01', periodEnd: '2025-12-31' };
const INDICATOR = { indicatorId: 'ind-1', name: 'Drafts', unit: 'count', frequencyMonths: 3 };
const codeOf = (problem: Buffer): unknown =>
  (JSON.parse(problem.toString('utf8')) as { code?: unknown }).code;
const ORDER = { fileName: 'order.pdf', mediaType: 'application/pdf', size: MINIMAL_PDF.length };

describe('evidence files on progress reports: multipart submissions and downloads', () => {
  let api: ApiHarness;
  let actionId: string;
  let lead: string;
  let outsider: string;
  let reportId: string;
  const bearer = (token: string) => `Bearer ${token}`;
  const submit = (token: string) =>
    api.http().post(`/actions/${actionId}/progress-reports`).set('Authorization', bearer(token));
  const download = (token: string, id: string, hash: string) =>
    api
      .http()
      .get(`/progress-reports/${id}/evidence/${hash}`)
      .set('Authorization', bearer(token))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const storedFiles = (): string[] => {
    const directory = evidenceDirectory(api.config);
    return existsSync(directory)
      ? readdirSync(directory, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => entry.name)
      : [];
  };
  const reportEvents = (id: string) => api.store.readStream(progressReportStream(id));

  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    actionId = await seedAction(api.app, {
      planId: PLAN.id,
      number: '2.1.3',
      title: 'Draft amendments to the Criminal Code',
      leadInstitutionId: LEAD,
      supportingInstitutionIds: [],
      indicators: [{ ...INDICATOR, scheduleStart: '2020-10-01' }],
    });
    [lead, outsider] = await addFocalPoints(api, [
      ['merjen', LEAD],
      ['aman', OUTSIDER],
    ]);
  });
  afterAll(() => api.close());

  it('a focal point submits a report with a PDF as form fields and a file; the event and GET show the file', async () => {
    const answer = await submit(lead)
      .field('periodStart', '2021-01-01')
      .field('periodEnd', '2021-03-31')
      .field('narrative', 'The order is attached.')
      .attach('evidence', MINIMAL_PDF, { filename: 'order.pdf', contentType: 'application/pdf' })
      .expect(201);
    reportId = answer.body.id as string;
    const file = { sha256: sha256(MINIMAL_PDF), ...ORDER };
    expect((await reportEvents(reportId))[0]).toMatchObject({
      type: 'ProgressReportSubmitted',
      data: { institutionId: LEAD, narrative: 'The order is attached.', evidence: [file] },
    });
    const position = answer.body.position as string;
    const href = `/progress-reports/${reportId}/evidence/${file.sha256}`;
    const report = await api
      .as('secretariat')
      .get(`/progress-reports/${reportId}?consistentWith=${position}`)
      .expect(200);
    expect(report.body.evidence).toEqual([{ ...file, href }]);
    const queue = await api.as('secretariat').get(`/validation-queue?consistentWith=${position}`).expect(200);
    expect(queue.body[0].evidence).toEqual([{ ...file, href }]);
  });

  it("whoever may read the report downloads its file; another institution's focal point gets 404", async () => {
    for (const token of [lead, api.tokens.auditor]) {
      const answer = await download(token, reportId, sha256(MINIMAL_PDF)).expect(200);
      expect(answer.headers['content-type']).toBe('application/pdf');
      expect(answer.headers['content-disposition']).toContain('attachment; filename="order.pdf"');
      expect(Buffer.compare(answer.body as Buffer, MINIMAL_PDF)).toBe(0);
    }
    const refused = await download(outsider, reportId, sha256(MINIMAL_PDF)).expect(404);
    expect(codeOf(refused.body as Buffer)).toBe('PROGRESS_REPORT.NOT_FOUND');
    const unnamed = await download(lead, reportId, sha256(PNG_HEADER)).expect(404);
    expect(codeOf(unnamed.body as Buffer)).toBe('EVIDENCE.NOT_FOUND');
  });

  it('a focal point of another institution: 403 on submit and on resubmit, nothing of the file stored', async () => {
    const files = storedFiles();
    const fresh = Buffer.concat([MINIMAL_PDF, Buffer.from('% outsider')]);
    const answer = await submit(outsider)
      .field('json', JSON.stringify({ periodStart: '2021-01-01', periodEnd: '2021-03-31', narrative: 'x' }))
      .attach('evidence', fresh, 'order.pdf')
      .expect(403);
    expect(answer.body.code).toBe('PROGRESS_REPORT.INSTITUTION_OUT_OF_SCOPE');
    await api
      .http()
      .post(`/progress-reports/${reportId}/resubmit`)
      .set('Authorization', bearer(outsider))
      .field('narrative', 'x')
      .attach('evidence', fresh, 'order.pdf')
      .expect(403);
    expect(storedFiles()).toEqual(files);
  });

  it('a file renamed .pdf that is not a PDF: 415 naming it, no report, nothing kept', async () => {
    const files = storedFiles();
    const answer = await submit(lead)
      .field('periodStart', '2021-04-01')
      .field('periodEnd', '2021-06-30')
      .field('narrative', 'x')
      .attach('evidence', Buffer.from('MZ this is a program'), 'order.pdf')
      .expect(415);
    expect(answer.body).toMatchObject({ code: 'EVIDENCE.UNSUPPORTED_TYPE', fileName: 'order.pdf' });
    expect(storedFiles()).toEqual(files);
  });

  it('the same checks as a JSON body: indicator values in the json part, a bad one named', async () => {
    const json = (value: unknown) =>
      JSON.stringify({
        periodStart: '2021-04-01',
        periodEnd: '2021-06-30',
        narrative: 'Second quarter.',
        indicatorValues: [{ indicatorId: 'ind-1', value }],
      });
    const bad = await submit(lead).field('json', json('many')).attach('evidence', PNG_HEADER, 'a.png');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('indicatorValues.0.value');
    const good = await submit(lead)
      .field('json', json(4))
      .attach('evidence', PNG_HEADER, 'a.png')
      .expect(201);
    expect((await reportEvents(good.body.id as string))[0].data).toMatchObject({
      indicatorValues: [{ indicatorId: 'ind-1', value: 4 }],
      evidence: [{ sha256: sha256(PNG_HEADER), mediaType: 'image/png' }],
    });
  });

  it('a returned report resubmitted with another file keeps the first one too', async () => {
    const returned = await api
      .as('secretariat')
      .post(`/progress-reports/${reportId}/return`, { comment: 'Attach the photo.' })
      .expect(200);
    await api
      .http()
      .post(`/progress-reports/${reportId}/resubmit`)
      .set('Authorization', bearer(lead))
      .set('If-Match', `"${returned.body.revision as number}"`)
      .field('periodStart', '2021-01-01')
      .field('periodEnd', '2021-03-31')
      .field('narrative', 'Photo attached.')
      .attach('evidence', PNG_HEADER, 'photo.png')
      .expect(200);
    const last = (await reportEvents(reportId)).at(-1)!;
    expect(last).toMatchObject({ type: 'ProgressReportResubmitted' });
    expect((last.data.evidence as { sha256: string }[]).map((file) => file.sha256)).toEqual([
      sha256(MINIMAL_PDF),
      sha256(PNG_HEADER),
    ]);
  });

  it('an Idempotency-Key covers the files: the same files land on one report, another file is 422', async () => {
    const send = (bytes: Buffer) =>
      submit(lead)
        .set('Idempotency-Key', 'q3-report')
        .field('periodStart', '2021-07-01')
        .field('periodEnd', '2021-09-30')
        .field('narrative', 'Third quarter.')
        .attach('evidence', bytes, 'q3.pdf');
    const first = await send(MINIMAL_PDF).expect(201);
    const retry = await send(MINIMAL_PDF).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await reportEvents(first.body.id as string)).toHaveLength(1);
    const other = await send(Buffer.concat([MINIMAL_PDF, Buffer.from('% v2')])).expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('OpenAPI documents both bodies of a submission and a resubmission: JSON, and multipart with files', async () => {
    const doc = (await api.http().get('/docs-json').expect(200)).body as {
      paths: Record<string, { post: { requestBody: { content: Record<string, { schema: object }> } } }>;
    };
    for (const path of ['/actions/{id}/progress-reports', '/progress-reports/{id}/resubmit']) {
      const { content } = doc.paths[path].post.requestBody;
      expect(Object.keys(content)).toEqual(['application/json', 'multipart/form-data']);
      expect(content['application/json'].schema).toHaveProperty('$ref');
      expect(content['multipart/form-data'].schema).toMatchObject({
        properties: { evidence: { type: 'array', items: { format: 'binary' } }, json: { type: 'string' } },
      });
    }
  });

  it("audit verify reports a report's stored file altered, naming the report's stream", async () => {
    const files = new EvidenceStore({ directory: evidenceDirectory(api.config) });
    writeFileSync(files.pathOf(sha256(MINIMAL_PDF))!, Buffer.concat([MINIMAL_PDF, Buffer.from('% edited')]));
    const report = (await api.as('auditor').get('/audit/verify').expect(200)).body;
    expect(report.ok).toBe(false);
    expect(report.evidence.problems).toContainEqual(
      expect.objectContaining({
        stream: progressReportStream(reportId),
        eventType: 'ProgressReportSubmitted',
        sha256: sha256(MINIMAL_PDF),
        problem: 'evidence_altered',
      }),
    );
    await download(lead, reportId, sha256(MINIMAL_PDF)).expect(500);
  });
});
