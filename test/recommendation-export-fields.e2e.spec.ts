import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { actionIdOf } from '@app/recommendations';
import { PLAN, startApi, type ApiHarness } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

/** The columns the export had before actions, links and assessments; new ones only ever come after them. */
const EARLIER_COLUMNS =
  'id,reference,status,position,mechanism,mechanismBody,recommendingParties,stateUnderReview,uprCycle,uprSession,documentSymbol,sourceDocument,sourceParagraph,sourceDate,externalId,sourceResponse,language,text,themes,sdgTargets,affectedGroups,reviewDueDate,overdue,planId,actionRef,actionNumbers,responsibleInstitutions,targetDate,progressStatus,revision,updatedAt';
const NEW_COLUMNS = [
  'stateAssessment',
  'mechanismAssessmentScale',
  'mechanismAssessmentGrade',
  'mechanismAssessedBy',
  'mechanismAssessedOn',
  'carriedOverFrom',
  'carriedOverTo',
  'duplicates',
  'duplicatedBy',
  'related',
  'leadInstitutions',
  'supportingInstitutions',
  'latestValidatedPeriodEnd',
  'latestValidatedNarrative',
];

describe('the recommendation export and filters with actions, institutions, links and assessments', () => {
  let api: ApiHarness;
  const tag = 'export-fields';
  const source = { mechanism: { kind: 'unct' }, recommendingParties: [{ name: tag }] };
  const justiceAction = actionIdOf(PLAN.id, '2.1.3');
  const ombudsAction = actionIdOf(PLAN.id, '3.1');
  let older: { id: string; position: string };
  let newer: { id: string; position: string };
  let related: { id: string; position: string };
  let head = '';

  const read = (path: string) =>
    api
      .as('reporter')
      .get(`${path}${path.includes('?') ? '&' : '?'}party=${tag}&consistentWith=${head}`)
      .expect(200);
  const csvRows = async (query: string) =>
    parse((await read(`/reports/recommendations.csv?${query}`)).text, {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
  const references = (items: Record<string, unknown>[]) => items.map((item) => String(item.reference)).sort();
  const post = (path: string, body: object) => runCommand(api, 'secretariat', path, body);

  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    for (const [id, en, ru] of [
      ['ministry-of-justice', 'Ministry of Justice', 'Министерство юстиции'],
      ['ombudsperson', 'Ombudsperson', undefined],
    ] as const)
      await post('/institutions', { id, names: { en, ...(ru ? { ru } : {}) }, kind: 'ministry' });
    const dates = { startDate: '2021-03-01', targetDate: '2022-12-31' };
    await post(`/plans/${PLAN.id}/actions`, {
      number: '2.1.3',
      title: 'Draft amendments',
      leadInstitutionId: 'ministry-of-justice',
      supportingInstitutionIds: ['ombudsperson'],
      ...dates,
    });
    await post(`/plans/${PLAN.id}/actions`, {
      number: '3.1',
      title: 'Train the police',
      leadInstitutionId: 'ombudsperson',
      supportingInstitutionIds: [],
      ...dates,
    });
    older = await proposeOne(api, { source, reference: `${tag}-older` });
    newer = await proposeOne(api, { source, reference: `${tag}-newer` });
    related = await proposeOne(api, { source, reference: `${tag}-related` });
    await post(`/recommendations/${newer.id}/links`, {
      kind: 'carried_over_from',
      recommendationId: older.id,
    });
    await post(`/recommendations/${related.id}/links`, { kind: 'related', recommendationId: newer.id });
    await post(`/recommendations/${newer.id}/schedule-review`, { reviewDueDate: '2021-06-30' });
    await runCommand(api, 'reviewer', `/recommendations/${newer.id}/record-position`, {
      position: 'supported',
      rationale: 'Agreed.',
    });
    await post(`/recommendations/${newer.id}/reflect-in-plan`, { planId: PLAN.id, actionRef: '2.1.3' });
    await runCommand(api, 'reviewer', `/recommendations/${newer.id}/mark-implemented`, {
      assessment: 'Code amended.',
    });
    await post(`/recommendations/${newer.id}/mechanism-assessments`, {
      scale: 'treaty_body_follow_up',
      grade: 'B1',
      assessedBy: 'Human Rights Committee',
      assessedOn: '2021-01-20',
    });
    await post(`/actions/${ombudsAction}/links`, { recommendationIds: [related.id] });
    const report = (periodEnd: string, narrative: string) =>
      api
        .as('secretariat')
        .post(`/actions/${justiceAction}/progress-reports`, {
          periodStart: '2021-01-01',
          periodEnd,
          narrative,
        })
        .expect(201)
        .then((response) => response.body.id as string);
    const validated = await report('2021-03-31', 'Draft sent to the Mejlis. ' + 'Details. '.repeat(40));
    await post(`/progress-reports/${validated}/validate`, {});
    await report('2021-06-30', 'Submitted, not validated yet.');
    const returned = await report('2021-09-30', 'Returned for more detail.');
    head = await post(`/progress-reports/${returned}/return`, { comment: 'More detail.' });
  });
  afterAll(() => api.close());

  it('keeps the earlier columns in their order and adds the new ones at the end', async () => {
    const { text } = await read('/reports/recommendations.csv');
    expect(text.split('\r\n')[0].split('\n')[0]).toBe(`\uFEFF${EARLIER_COLUMNS},${NEW_COLUMNS.join(',')}`);
  });

  it('exports assessments, links, institutions in the asked language and the latest validated report only', async () => {
    const rows = await csvRows('lang=ru');
    const row = (id: string) => rows.find((item) => item.id === id) as Record<string, string>;
    expect(row(newer.id)).toMatchObject({
      stateAssessment: 'Code amended.',
      mechanismAssessmentScale: 'treaty_body_follow_up',
      mechanismAssessmentGrade: 'B1',
      mechanismAssessedBy: 'Human Rights Committee',
      mechanismAssessedOn: '2021-01-20',
      carriedOverFrom: `${tag}-older`,
      related: `${tag}-related`,
      leadInstitutions: 'Министерство юстиции',
      supportingInstitutions: 'Ombudsperson',
      latestValidatedPeriodEnd: '2021-03-31',
    });
    expect(row(newer.id).latestValidatedNarrative).toMatch(/^Draft sent to the Mejlis\. .*…$/);
    expect(row(newer.id).latestValidatedNarrative.length).toBeLessThanOrEqual(201);
    expect(row(older.id)).toMatchObject({ carriedOverTo: `${tag}-newer`, leadInstitutions: '' });
    expect(row(related.id)).toMatchObject({ related: `${tag}-newer`, leadInstitutions: 'Ombudsperson' });
    const english = await csvRows('');
    expect(english.find((item) => item.id === newer.id)?.leadInstitutions).toBe('Ministry of Justice');
  });

  it('gives the same table as XLSX', async () => {
    const response = await api
      .as('reporter')
      .get(`/reports/recommendations.xlsx?party=${tag}&lang=ru&consistentWith=${head}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', /spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows[0] as string[];
    expect(header.join(',')).toBe(`${EARLIER_COLUMNS},${NEW_COLUMNS.join(',')}`);
    const newerRow = rows.find((row) => row[0] === newer.id) as unknown[];
    expect(newerRow[header.indexOf('leadInstitutions')]).toBe('Министерство юстиции');
    expect(rows).toHaveLength(4);
  });

  it('counts validated reports only in plan progress: submitted and returned ones never', async () => {
    const { body } = await api.as('reporter').get(`/plans/${PLAN.id}?consistentWith=${head}`).expect(200);
    expect(body.reports).toEqual({ actionsWithValidatedReport: 1, validatedReports: 1 });
  });

  it('filters the list, the export and the summary by institution, its role and action', async () => {
    const list = async (query: string) => references((await read(`/recommendations?${query}`)).body.items);
    expect(await list('institution=ombudsperson')).toEqual([`${tag}-newer`, `${tag}-related`]);
    expect(await list('institution=ombudsperson&institutionRole=lead')).toEqual([`${tag}-related`]);
    expect(await list(`action=${justiceAction}`)).toEqual([`${tag}-newer`]);
    expect(references(await csvRows('institution=ministry-of-justice'))).toEqual([`${tag}-newer`]);
    const summary = await read('/reports/summary?by=status&institution=ombudsperson');
    expect(summary.body.groups).toEqual([
      { key: 'implemented', count: 1 },
      { key: 'proposed', count: 1 },
    ]);
    const bad = await api.as('reporter').get('/recommendations?institutionRole=boss').expect(400);
    expect(JSON.stringify(bad.body)).toContain('institutionRole');
    await api.as('reporter').get('/recommendations?action=2.1.3').expect(400);
  });

  it('counts recommendations by the lead institution of their linked actions', async () => {
    const { body } = await read('/reports/summary?by=institution');
    expect(body.groups).toEqual([
      { key: null, count: 1 },
      { key: 'ministry-of-justice', count: 1 },
      { key: 'ombudsperson', count: 1 },
    ]);
    const csv = await read('/reports/summary?by=institution&format=csv');
    expect(csv.text).toContain('institution,count');
  });
});
