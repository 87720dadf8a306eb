import ExcelJS from 'exceljs';
import type { Test } from 'supertest';
import { actionIdOf } from '@app/recommendations';
import { docxParagraphs, xmlParts } from '@app/testing';
import { PLAN, startApi, type ApiHarness } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

const binary: Parameters<Test['parse']>[0] = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('documents for UN mechanisms, built from the read models', () => {
  let api: ApiHarness;
  const tag = 'documents-golden';
  const source = {
    mechanism: { kind: 'upr' },
    recommendingParties: [{ name: tag }],
    upr: { cycle: 3, session: 43 },
  };
  const action = actionIdOf(PLAN.id, '4.2');
  let head = '';

  const download = (path: string, role: 'reporter' | 'auditor' = 'reporter'): Test =>
    api
      .as(role)
      .get(`${path}${path.includes('?') ? '&' : '?'}party=${tag}&consistentWith=${head}`)
      .buffer(true)
      .parse(binary);
  const post = (path: string, body: object) => runCommand(api, 'secretariat', path, body);

  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    await post('/institutions', {
      id: 'ministry-of-justice',
      names: { en: 'Ministry of Justice', ru: 'Министерство юстиции' },
      kind: 'ministry',
    });
    await post(`/plans/${PLAN.id}/actions`, {
      number: '4.2',
      title: 'Draft the anti-discrimination law',
      leadInstitutionId: 'ministry-of-justice',
      supportingInstitutionIds: [],
      startDate: '2021-03-01',
      targetDate: '2022-12-31',
    });
    const law = await proposeOne(api, { source, reference: `${tag}-1`, themes: ['non-discrimination'] });
    await proposeOne(api, { source, reference: `${tag}-2`, themes: ['rights-of-the-child'] });
    await post(`/recommendations/${law.id}/schedule-review`, { reviewDueDate: '2021-06-30' });
    await runCommand(api, 'reviewer', `/recommendations/${law.id}/record-position`, {
      position: 'supported',
      rationale: 'Agreed.',
    });
    await post(`/recommendations/${law.id}/reflect-in-plan`, { planId: PLAN.id, actionRef: '4.2' });
    const report = (periodEnd: string, narrative: string) =>
      api
        .as('secretariat')
        .post(`/actions/${action}/progress-reports`, { periodStart: '2021-01-01', periodEnd, narrative })
        .expect(201)
        .then((response) => response.body.id as string);
    await post(
      `/progress-reports/${await report('2021-03-31', 'VALIDATED-MARKER draft law published.')}/validate`,
      {},
    );
    await report('2021-06-30', 'SUBMITTED-MARKER not validated yet.');
    head = await post(`/progress-reports/${await report('2021-09-30', 'RETURNED-MARKER')}/return`, {
      comment: 'More.',
    });
  });
  afterAll(() => api.close());

  it('gives the matrix as XLSX with its position, clusters and validated progress only', async () => {
    const response = await download('/reports/documents/matrix?language=ru').expect(200);
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    const position = response.headers['x-projection-position'];
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="matrix-ru-at-${position}.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    const rows: string[] = [];
    workbook.worksheets[0].eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map(String).join(' | ')),
    );
    expect(rows[1]).toContain(`позиции ${position}`);
    const text = rows.join('\n');
    expect(text).toContain('Равенство и недискриминация');
    expect(text).toMatch(
      /documents-golden-1 \| .* \| Поддержана \| 4\.2 Draft the anti-discrimination law \| Министерство юстиции/,
    );
    expect(text).toContain('VALIDATED-MARKER');
    expect(text).not.toMatch(/SUBMITTED-MARKER|RETURNED-MARKER/);
  });

  it('gives the mid-term report as DOCX, the same twice from the same position but for creation time', async () => {
    const first = await download('/reports/documents/upr-midterm?format=docx', 'auditor').expect(200);
    const text = await docxParagraphs(first.body as Buffer);
    expect(text).toContain(`Recommendation ${tag}-1`);
    expect(text).toContain('2021-03-31 (4.2): VALIDATED-MARKER draft law published.');
    expect(text.join('\n')).not.toMatch(/SUBMITTED-MARKER|RETURNED-MARKER/);
    const second = await download('/reports/documents/upr-midterm?format=docx', 'auditor').expect(200);
    expect(await xmlParts(second.body as Buffer)).toEqual(await xmlParts(first.body as Buffer));
  });

  it('gives the follow-up report for the references selected', async () => {
    const response = await download(`/reports/documents/treaty-followup?references=${tag}-2`).expect(200);
    const text = await docxParagraphs(response.body as Buffer);
    expect(text.filter((line) => line.startsWith('1. '))).toEqual([`1. ${tag}-2`]);
    expect(text.join('\n')).not.toContain(`${tag}-1`);
  });

  it('answers 400 naming a bad kind or a format the kind lacks, and 403 to a reviewer', async () => {
    const badFormat = await api.as('reporter').get('/reports/documents/upr-midterm?format=xlsx').expect(400);
    expect(badFormat.body).toMatchObject({ code: 'DOCUMENT.FORMAT_UNAVAILABLE', field: 'format' });
    const badKind = await api.as('reporter').get('/reports/documents/national-report').expect(400);
    expect(JSON.stringify(badKind.body)).toContain('kind');
    const badLanguage = await api.as('reporter').get('/reports/documents/matrix?language=fr').expect(400);
    expect(JSON.stringify(badLanguage.body)).toContain('language');
    await api.as('reviewer').get('/reports/documents/matrix').expect(403);
  });
});
