import ExcelJS from 'exceljs';
import { readActionMatrix } from '@app/imports';
import { actionIdOf } from '@app/recommendations';
import { PLAN, proposal, startApi, type ApiHarness, type TestRole } from './support/api-harness';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A results matrix as a Russian-speaking secretariat writes it: semicolons, DD.MM.YYYY, continuation rows. */
const RUSSIAN_MATRIX = [
  '№;Мероприятие;Ответственный исполнитель;Соисполнители;Начало;Срок исполнения;Рекомендации;Индикатор;Единица;Исходное значение;Целевое значение;Периодичность',
  '2.1.3;Подготовить поправки в Уголовный кодекс;Министерство юстиции;Омбудсмен;01.03.2021;31.12.2022;"IMP-1; IMP-2";Законопроекты;шт.;0;1;6',
  ';;;;;;IMP-3;Обученные судьи;чел.;0;120;',
  '2.1.4;Обучение сотрудников полиции;MoJ;;;30.06.2024;;;;;;',
].join('\r\n');

async function xlsxOf(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Matrix');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("POST /plans/:id/actions/import: a plan's results matrix", () => {
  let api: ApiHarness;
  const recommendationIds: string[] = [];
  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    const institution = (id: string, names: object, abbreviation?: string) =>
      api
        .as('secretariat')
        .post('/institutions', { id, names, kind: 'ministry', ...(abbreviation ? { abbreviation } : {}) })
        .expect(201);
    await institution('moj', { en: 'Ministry of Justice', ru: 'Министерство юстиции' }, 'MoJ');
    await institution('ombudsperson', { en: 'Ombudsperson', ru: 'Омбудсмен' });
    for (const reference of ['IMP-1', 'IMP-2', 'IMP-3']) {
      const created = await api
        .as('secretariat')
        .post('/recommendations', proposal({ reference }))
        .expect(201);
      recommendationIds.push(created.body.id as string);
    }
  });
  afterAll(() => api.close());

  const upload = (
    body: string | Buffer,
    query = '',
    type = CSV,
    role: TestRole = 'secretariat',
    plan = PLAN.id,
  ) =>
    api
      .http()
      .post(`/plans/${plan}/actions/import${query}`)
      .set('Authorization', `Bearer ${api.tokens[role]}`)
      .set('Content-Type', type)
      .send(body);
  const read = (path: string, position?: string) =>
    api
      .as('auditor')
      .get(position === undefined ? path : `${path}?consistentWith=${position}`)
      .expect(200);
  const first = actionIdOf(PLAN.id, '2.1.3');

  it('given a Russian-headed CSV, a dry run reports what it would do and changes nothing', async () => {
    const { body } = await upload(RUSSIAN_MATRIX).expect(200);
    expect(body).toMatchObject({ planId: PLAN.id, dryRun: true, rows: 3, errors: [] });
    expect(body.counts).toEqual({
      created: 2,
      extended: 0,
      unchanged: 0,
      failed: 0,
      linked: 3,
      indicatorsAdded: 2,
    });
    expect(body.actions[0]).toMatchObject({
      number: '2.1.3',
      actionId: first,
      rows: [2, 3],
      outcome: 'created',
    });
    expect(body.position).toBeUndefined();
    expect((await read(`/plans/${PLAN.id}/actions`)).body).toEqual([]);
  });

  it('commits: actions with their institutions, links and indicators, through the read side', async () => {
    const { body } = await upload(RUSSIAN_MATRIX, '?dryRun=false').expect(201);
    expect(body.counts).toMatchObject({ created: 2, linked: 3, indicatorsAdded: 2, failed: 0 });
    const list = (await read(`/plans/${PLAN.id}/actions`, body.position)).body;
    expect(list.map((a: { number: string }) => a.number)).toEqual(['2.1.3', '2.1.4']);
    expect(list[1]).toMatchObject({ leadInstitutionId: 'moj', targetDate: '2024-06-30' });
    const details = (await read(`/actions/${first}`, body.position)).body;
    expect(details).toMatchObject({
      title: 'Подготовить поправки в Уголовный кодекс',
      leadInstitutionId: 'moj',
      supportingInstitutionIds: ['ombudsperson'],
      startDate: '2021-03-01',
      targetDate: '2022-12-31',
      recommendationCount: 3,
    });
    expect(details.recommendations.map((r: { id: string }) => r.id).sort()).toEqual(
      [...recommendationIds].sort(),
    );
    expect(
      details.indicators.map((i: { name: string; frequencyMonths: number }) => [i.name, i.frequencyMonths]),
    ).toEqual([
      ['Законопроекты', 6],
      ['Обученные судьи', 12],
    ]);
    expect(details.indicators[1].scheduleStart).toBe('2021-03-01');
  });

  it('re-importing the same file changes nothing', async () => {
    const { body } = await upload(RUSSIAN_MATRIX, '?dryRun=false').expect(201);
    expect(body.counts).toMatchObject({
      created: 0,
      extended: 0,
      unchanged: 2,
      linked: 0,
      indicatorsAdded: 0,
    });
    expect(body.position).toBeUndefined();
  });

  it('given an XLSX, adds what an existing action lacks and names the row and column of unknown values', async () => {
    const file = await xlsxOf([
      ['Number', 'Title', 'Lead institution', 'Target date', 'Recommendations', 'Indicator', 'Unit'],
      [
        '2.1.3',
        'Another title, left alone',
        'Ministry of Justice',
        '2022-12-31',
        'IMP-1',
        'Courts inspected',
        'courts',
      ],
      ['3.1', 'Adopt a law', 'Ministry of Magic', '2023-12-31', '', '', ''],
      ['3.2', 'Publish a report', 'ombudsperson', '2023-12-31', 'NO-SUCH-REF', '', ''],
      ['3.3', 'Train prosecutors', 'ombudsperson', '2023-12-31', '', '', ''],
    ]);
    const { body } = await upload(file, '?dryRun=false', XLSX).expect(201);
    expect(
      body.errors.map(({ row, field, code }: Record<string, unknown>) => ({ row, field, code })),
    ).toEqual([
      { row: 3, field: 'Lead institution', code: 'IMPORT.ROW.UNKNOWN_INSTITUTION' },
      { row: 4, field: 'Recommendations', code: 'IMPORT.ROW.UNKNOWN_RECOMMENDATION' },
    ]);
    expect(body.errors[0].message).toContain('Ministry of Magic');
    expect(body.counts).toMatchObject({ created: 1, extended: 1, indicatorsAdded: 1, linked: 0 });
    expect(body.actions[0]).toMatchObject({
      number: '2.1.3',
      outcome: 'extended',
      indicatorIds: ['courts-inspected'],
    });
    const details = (await read(`/actions/${first}`, body.position)).body;
    expect(details.title).toBe('Подготовить поправки в Уголовный кодекс');
    expect(details.indicators).toHaveLength(3);
  });

  it('reports a step the domain refuses with its action, and keeps the others', async () => {
    const cancelled = actionIdOf(PLAN.id, '3.3');
    await api
      .as('secretariat')
      .post(`/actions/${cancelled}/cancel`, { reason: 'Merged into 3.1' })
      .expect(200);
    const csv = 'Number,Title,Recommendations\n3.3,Train prosecutors,IMP-2\n4.1,Open a hotline,IMP-2\n';
    const { body } = await upload(csv, '?dryRun=false').expect(201);
    expect(body.actions.map((a: { number: string; outcome: string }) => [a.number, a.outcome])).toEqual([
      ['3.3', 'failed'],
      ['4.1', 'created'],
    ]);
    expect(body.actions[0].problem.code).toBe('ACTION.INVALID_TRANSITION');
    expect(body.actions[1].recommendationIds).toEqual([recommendationIds[1]]);
  });

  it('is the secretariat’s, on a plan that exists, with a file it can read', async () => {
    await upload(RUSSIAN_MATRIX, '', CSV, 'reviewer').expect(403);
    expect((await upload(RUSSIAN_MATRIX, '', CSV, 'secretariat', 'NO-PLAN').expect(404)).body.code).toBe(
      'PLAN.NOT_FOUND',
    );
    expect((await upload(RUSSIAN_MATRIX, '?dryRun=maybe').expect(400)).body.errors[0].field).toBe('dryRun');
    expect((await upload('Lead\nmoj\n').expect(400)).body).toMatchObject({ code: 'IMPORT.WRONG_HEADER' });
    await upload('%PDF-1.4', '', 'text/plain').expect(415);
  });

  it('serves a template whose example row reads back as one action', async () => {
    const { text, headers } = await api.as('secretariat').get('/imports/templates/actions.csv').expect(200);
    expect(headers['content-type']).toContain('text/csv');
    expect(text).toContain('Number,Title,Description,Lead institution');
    const read = await readActionMatrix([Buffer.from(text, 'utf8')]);
    expect(read.errors).toEqual([]);
    expect(read.actions).toEqual([
      expect.objectContaining({ number: '2.1.3', recommendationReferences: ['UPR-TKM-S16-p112.3'] }),
    ]);
  });
});
