import { parse } from 'csv-parse/sync';
import { PLAN, startApi, type ApiHarness } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

const UTF8_BOM = '\uFEFF';

describe('GET /reports/recommendations.csv opened in a spreadsheet', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(() => api.close());

  const csvText = async (query: string): Promise<string> =>
    (
      await api
        .as('reporter')
        .get(`/reports/recommendations.csv?${query}`)
        .buffer(true)
        .parse((res, done) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => done(null, body));
        })
        .expect(200)
    ).body as string;

  const rowsOf = (text: string): Record<string, string>[] =>
    parse(text, { columns: true, bom: true }) as Record<string, string>[];

  it('starts with a UTF-8 byte order mark, so Excel reads Cyrillic and Turkmen as UTF-8', async () => {
    const tag = `bom-${Date.now()}`;
    const text = 'Çagalaryň hukuklary barada kanun kabul etmek; принять закон о правах ребёнка.';
    const { position } = await proposeOne(api, {
      text,
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: tag }] },
    });
    const body = await csvText(`party=${tag}&consistentWith=${position}`);
    expect(body.startsWith(`${UTF8_BOM}id,reference,`)).toBe(true);
    expect(rowsOf(body)[0].text).toBe(text);
  });

  it('neutralises cells a spreadsheet would run as a formula, and leaves other cells as they are', async () => {
    const tag = `formula-${Date.now()}`;
    // The API trims text, so a leading tab or CR only reaches the export from older events (unit-tested).
    const formulas = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A9)'];
    let position = '';
    for (const [index, text] of formulas.entries()) {
      ({ position } = await proposeOne(api, {
        text,
        reference: `FORMULA-${tag}-${index}`,
        source: {
          mechanism: { kind: 'unct' },
          recommendingParties: [{ name: tag }],
          document: '=cmd|" /C calc"!A0',
        },
        affectedGroups: ['=1+2'],
      }));
    }
    const rows = rowsOf(await csvText(`party=${tag}&consistentWith=${position}`));
    expect(rows.map((row) => row.text)).toEqual(formulas.map((text) => `'${text}`));
    expect(rows.every((row) => row.sourceDocument === `'=cmd|" /C calc"!A0`)).toBe(true);
    expect(rows.every((row) => row.affectedGroups === `'=1+2`)).toBe(true);
    expect(rows.every((row) => row.recommendingParties === tag && row.reference.startsWith('FORMULA-'))).toBe(
      true,
    );
  });

  it('says in the overdue column which deadline has passed, or nothing', async () => {
    const tag = `overdue-${Date.now()}`;
    const source = { mechanism: { kind: 'unct' }, recommendingParties: [{ name: tag }] };
    const review = await proposeOne(api, { source, reference: `${tag}-review` });
    await runCommand(api, 'secretariat', `/recommendations/${review.id}/schedule-review`, {
      reviewDueDate: '2021-06-30',
    });
    const planned = await proposeOne(api, { source, reference: `${tag}-plan` });
    await runCommand(api, 'secretariat', `/recommendations/${planned.id}/schedule-review`, {
      reviewDueDate: '2021-06-30',
    });
    await runCommand(api, 'reviewer', `/recommendations/${planned.id}/record-position`, {
      position: 'supported',
      rationale: 'Agreed.',
    });
    await runCommand(api, 'secretariat', `/recommendations/${planned.id}/reflect-in-plan`, {
      planId: PLAN.id,
      actionRef: 'Task 2.1',
      responsibleInstitutions: ['Ministry of Justice'],
      targetDate: '2021-05-31',
    });
    const { position } = await proposeOne(api, { source, reference: `${tag}-fresh` });
    api.clock.advance(200 * 86_400);
    const rows = rowsOf(await csvText(`party=${tag}&consistentWith=${position}`));
    expect(rows.map((row) => [row.reference, row.overdue])).toEqual([
      [`${tag}-review`, 'review due 2021-06-30'],
      [`${tag}-plan`, 'plan target 2021-05-31'],
      [`${tag}-fresh`, ''],
    ]);
  });
});
