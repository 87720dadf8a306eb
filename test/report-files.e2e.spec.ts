import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { PLAN, startApi, type ApiHarness } from './support/api-harness';
import { SCENARIO, seedReportScenario } from './support/report-scenario';

/** supertest keeps a binary answer as a Buffer only when told to. */
const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

async function xlsxRows(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const csvRows = (text: string): string[][] =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

describe('reports over time, by institution, and as CSV or XLSX files', () => {
  let api: ApiHarness;
  let wait: string;
  beforeAll(async () => {
    api = await startApi();
    wait = `consistentWith=${await seedReportScenario(api)}`;
  }, 30_000);
  afterAll(() => api.close());

  it('GET /reports/over-time counts, per month, the recommendations reflected in a plan and implemented', async () => {
    const answer = await api.as('reporter').get(`/reports/over-time?${wait}`).expect(200);
    expect(answer.body).toEqual({
      position: answer.headers['x-projection-position'],
      months: SCENARIO.overTime,
    });
    const upr = await api.as('auditor').get(`/reports/over-time?mechanism=upr&${wait}`).expect(200);
    expect(upr.body.months.map((m: { reflectedInPlan: number }) => m.reflectedInPlan)).toEqual([2, 0, 0, 0]);
  });

  it('gives the summary and the months as CSV (BOM, header row) and XLSX with the same numbers', async () => {
    const csv = await api.as('secretariat').get(`/reports/summary?by=status&format=csv&${wait}`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="recommendations-by-status.csv"');
    expect(csv.headers['x-projection-position']).toMatch(/^\d+$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csvRows(csv.text);
    expect(header).toEqual(['status', 'count']);
    expect(Object.fromEntries(rows.map(([key, count]) => [key, Number(count)]))).toEqual(SCENARIO.byStatus);

    const xlsx = await api
      .as('secretariat')
      .get(`/reports/summary?by=status&format=xlsx&${wait}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const [xlsxHeader, ...xlsxData] = await xlsxRows(xlsx.body as Buffer);
    expect(xlsxHeader).toEqual(['status', 'count']);
    expect(Object.fromEntries(xlsxData)).toEqual(SCENARIO.byStatus);

    const cross = await api
      .as('reporter')
      .get(`/reports/summary?by=mechanism,status&format=csv&${wait}`)
      .expect(200);
    expect(csvRows(cross.text)).toContainEqual(['upr', 'planned', '1']);

    const months = await api
      .as('reporter')
      .get(`/reports/over-time?format=xlsx&${wait}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const [monthHeader, ...monthRows] = await xlsxRows(months.body as Buffer);
    expect(monthHeader).toEqual(Object.keys(SCENARIO.overTime[0]));
    expect(monthRows).toEqual(SCENARIO.overTime.map((month) => Object.values(month)));
  });

  it('refuses an unknown format and a role that may not read reports', async () => {
    const bad = await api.as('reporter').get('/reports/over-time?format=pdf').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'format' })]);
    await api.as('reviewer').get('/reports/over-time').expect(403);
    await api.as('reviewer').get('/reports/summary?by=status&format=csv').expect(403);
  });

  it("GET /plans/:id/institutions counts the plan's recommendations by responsible institution", async () => {
    const answer = await api.as('reviewer').get(`/plans/${PLAN.id}/institutions?${wait}`).expect(200);
    expect(answer.body).toEqual({
      planId: PLAN.id,
      position: answer.headers['x-projection-position'],
      institutions: SCENARIO.institutions,
      // The scenario registers no institution, so none leads or supports an action of the plan.
      registry: [],
    });
    const missing = await api.as('reviewer').get('/plans/NO-SUCH-PLAN/institutions').expect(404);
    expect(missing.body.code).toBe('PLAN.NOT_FOUND');
  });
});
