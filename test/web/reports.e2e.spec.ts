import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { SCENARIO, seedReportScenario } from '../support/report-scenario';
import {
  screenshot,
  seriousAccessibilityViolations,
  startWorkspace,
  type Workspace,
} from '../support/browser';

jest.setTimeout(90_000);

/** A table's body as { row header: first number } (or every cell, with `all`), as a person reads it. */
async function tableCounts(table: Locator): Promise<Record<string, number>> {
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent?.trim() ?? '',
        tr.querySelector('td')?.textContent?.trim() ?? '',
      ]),
    );
  return Object.fromEntries(rows.map(([label, count]) => [label, Number(count.replace(/\D/g, ''))]));
}

async function tableCells(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')));
}

/** Clicks a download link and answers the file's bytes. */
async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFileSync(await file.path());
}

const csvRows = (bytes: Buffer): string[][] =>
  bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

async function xlsxRows(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('Reports page (browser)', () => {
  let workspace: Workspace;

  beforeAll(async () => {
    workspace = await startWorkspace();
    const last = await seedReportScenario(workspace.api);
    await workspace.api.as('reporter').get(`/reports/over-time?consistentWith=${last}`).expect(200);
  }, 90_000);
  afterAll(() => workspace.close());

  it('draws each count as a chart with one bar per group, beside a table of the same numbers', async () => {
    const { context, page } = await workspace.signedIn('reporter');
    await page.goto('/app/reports');
    const expected: [string, string, Record<string, number>][] = [
      [
        'By status',
        'Recommendations by status',
        { Planned: 2, Implemented: 1, 'Under review': 1, Proposed: 1 },
      ],
      [
        'By mechanism',
        'Recommendations by mechanism',
        { 'Universal Periodic Review': 3, 'Treaty body': 1, OSCE: 1 },
      ],
      ['By recommending party', 'Recommendations by recommending party', SCENARIO.byParty],
      [
        'By theme',
        'Recommendations by theme',
        { 'Right to education': 2, Elections: 2, 'Women’s rights and gender equality': 1 },
      ],
      [
        'By SDG goal or target',
        'Recommendations by SDG goal or target',
        { 'SDG 16.7': 2, 'SDG 4.1': 1, 'SDG 5.1': 1 },
      ],
    ];
    for (const [heading, name, counts] of expected) {
      const section = page.getByRole('region', { name: heading });
      expect(await tableCounts(section.getByRole('table', { name }))).toEqual(counts);
      const chart = section.getByRole('img', { name });
      expect(await chart.locator('g.bar').count()).toBe(Object.keys(counts).length);
      // The longest bar is the largest count's.
      const widths = await chart
        .locator('g.bar rect')
        .evaluateAll((rects) =>
          rects.map((rect) => [Number(rect.getAttribute('data-value')), Number(rect.getAttribute('width'))]),
        );
      const largest = Math.max(...widths.map(([value]) => value));
      for (const [value, width] of widths)
        expect(width).toBeCloseTo((widths[0][1] / widths[0][0]) * value, 1);
      expect(widths.find(([value]) => value === largest)?.[1]).toBe(Math.max(...widths.map(([, w]) => w)));
    }
    // The statuses in the lifecycle's order, not by size.
    const statusRows = await tableCells(page.getByRole('table', { name: 'Recommendations by status' }));
    expect(statusRows.map(([label]) => label)).toEqual([
      'Proposed',
      'Under review',
      'Planned',
      'Implemented',
    ]);

    const overTime = page.getByRole('region', { name: 'Implementation over time' });
    const table = overTime.getByRole('table', {
      name: 'Recommendations reflected in a plan and implemented, by month',
    });
    expect(await tableCells(table)).toEqual(
      SCENARIO.overTime.map((m, n) => [
        ['February 2021', 'March 2021', 'April 2021', 'May 2021'][n],
        ...[m.reflectedInPlan, m.implemented, m.reflectedInPlanToDate, m.implementedToDate].map(String),
      ]),
    );
    const line = overTime.getByRole('img', {
      name: 'Recommendations reflected in a plan and implemented, by month',
    });
    expect(await line.locator('polyline').count()).toBe(2);
    expect(await line.locator('g.series').first().locator('circle').count()).toBe(4);
    await expect(line.locator('desc').textContent()).resolves.toContain(
      'By May 2021: 3 reflected in a plan, 1 implemented',
    );

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'reports');
    await context.close();
  });

  it('downloads each table as CSV and XLSX with the numbers the page shows', async () => {
    const { context, page } = await workspace.signedIn('auditor');
    await page.goto('/app/reports');
    const status = page.getByRole('region', { name: 'By status' });
    const csv = csvRows(await download(page, status.getByRole('link', { name: 'Download CSV' })));
    expect(csv[0]).toEqual(['status', 'count']);
    expect(Object.fromEntries(csv.slice(1).map(([key, count]) => [key, Number(count)]))).toEqual(
      SCENARIO.byStatus,
    );
    const xlsx = await xlsxRows(await download(page, status.getByRole('link', { name: 'Download XLSX' })));
    expect(Object.fromEntries(xlsx.slice(1))).toEqual(SCENARIO.byStatus);

    const institution = page.getByRole('region', { name: 'By lead institution' });
    expect(await institution.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      '/reports/summary?by=institution&format=csv',
    );

    const theme = page.getByRole('region', { name: 'By theme' });
    const themes = await xlsxRows(await download(page, theme.getByRole('link', { name: 'Download XLSX' })));
    expect(Object.fromEntries(themes.slice(1))).toEqual(SCENARIO.byTheme);

    const overTime = page.getByRole('region', { name: 'Implementation over time' });
    const months = csvRows(await download(page, overTime.getByRole('link', { name: 'Download CSV' })));
    expect(months.slice(1)).toEqual(SCENARIO.overTime.map((month) => Object.values(month).map(String)));
    const monthSheet = await xlsxRows(
      await download(page, overTime.getByRole('link', { name: 'Download XLSX' })),
    );
    expect(monthSheet.slice(1)).toEqual(SCENARIO.overTime.map((month) => Object.values(month)));
    await context.close();
  });

  it('counts only one mechanism when asked, in the charts and in the files', async () => {
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto('/app/reports');
    await page.getByLabel('Mechanism', { exact: true }).selectOption('osce');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/mechanism=osce/);
    expect(await tableCounts(page.getByRole('table', { name: 'Recommendations by status' }))).toEqual({
      Planned: 1,
    });
    const link = page.getByRole('region', { name: 'By status' }).getByRole('link', { name: 'Download CSV' });
    expect(csvRows(await download(page, link)).slice(1)).toEqual([['planned', '1']]);
    await context.close();
  });

  it('names themes, months and numbers in the page language', async () => {
    const { context, page } = await workspace.signedIn('reporter');
    await page.goto('/app/reports');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByRole('heading', { name: 'Отчёты' }).waitFor();
    const themes = await tableCounts(page.getByRole('table', { name: 'Рекомендации по теме' }));
    expect(themes).toEqual({ 'Право на образование': 2, Выборы: 2, 'Права женщин и гендерное равенство': 1 });
    await expect(page.locator('#chart-over-time-table tbody th').first().textContent()).resolves.toBe(
      'февраль 2021 г.',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'reports-ru');
    await context.close();
  });

  it('downloads a document from the Documents form: the matrix in Russian, clustered by mechanism', async () => {
    const { context, page } = await workspace.signedIn('reporter');
    await page.goto('/app/reports');
    const form = page.getByRole('region', { name: 'Documents' });
    await form.getByLabel('Document', { exact: true }).selectOption('matrix');
    await form.getByLabel('Format').selectOption('xlsx');
    await form.getByLabel('Written in').selectOption('ru');
    await form.getByLabel('Cluster by').selectOption('mechanism');
    await form.getByLabel('From the mechanism').selectOption('upr');
    const rows = await xlsxRows(
      await download(page, form.getByRole('button', { name: 'Download the document' })),
    );
    expect(rows[0]).toEqual(['Матрица выполнения рекомендаций']);
    expect(rows.map((row) => row[0])).toContain('Универсальный периодический обзор');
    expect(rows.filter((row) => String(row[0]).startsWith('UNICEF-'))).toHaveLength(3);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('is not offered to a reviewer, whom the server refuses the page and the files', async () => {
    const { context, page } = await workspace.signedIn('reviewer');
    await page.goto('/app');
    expect(
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Reports' })
        .count(),
    ).toBe(0);
    const response = await page.goto('/app/reports');
    expect(response?.status()).toBe(403);
    const file = await page.request.get('/reports/summary?by=status&format=csv');
    expect(file.status()).toBe(403);
    await context.close();
  });
});
