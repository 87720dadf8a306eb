import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  screenshot,
  seriousAccessibilityViolations,
  startWorkspace,
  type Workspace,
} from '../support/browser';

jest.setTimeout(120_000);

const SAMPLE = join(__dirname, '../../apps/cli/src/demo/samples/upr-info-tkm-session30.csv');
/** The demo's UPR Info sample (35 rows, 20 recommendations) and one more row whose session is no UPR session: row 37. */
const sampleWithBadRow = (): Buffer =>
  Buffer.from(
    `${readFileSync(SAMPLE, 'utf8')}Turkmenistan,Asia,OIC,Publish the prison census every year,Norway,,,Supported,,Detention,99\n`,
  );
const csvFile = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/csv', buffer });

async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, profile: string) {
  await page.getByLabel('File (CSV or XLSX)').setInputFiles(file);
  await page.getByLabel('Profile').selectOption(profile);
  await page.getByRole('button', { name: 'Check file (dry run)' }).click();
}

const summaryCount = (page: Page, label: string) =>
  page
    .locator('.import-summary tr', { has: page.getByRole('rowheader', { name: label, exact: true }) })
    .locator('td')
    .textContent();

describe('Import page (browser)', () => {
  let workspace: Workspace;

  beforeAll(async () => {
    workspace = await startWorkspace();
  }, 60_000);
  afterAll(() => workspace.close());

  it('lets the secretariat check a file row by row, commit it with progress, find it on the board and download its errors', async () => {
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto('/app/import');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Import recommendations',
    );
    await expect(page.locator('#import-profile-hint').textContent()).resolves.toContain(
      'To, Text, From, Response, Issue, Session',
    );
    expect(await page.getByRole('link', { name: 'Download the template (XLSX)' }).getAttribute('href')).toBe(
      '/imports/templates/recommendations.xlsx',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import');

    const head = await workspace.api.store.headPosition();
    await choose(page, csvFile('upr-info-tkm-session30.csv', sampleWithBadRow()), 'upr-info');
    await page.getByRole('heading', { name: 'Dry run: nothing has been imported yet' }).waitFor();
    await expect(summaryCount(page, 'Rows read')).resolves.toBe('36');
    await expect(summaryCount(page, 'Would be created')).resolves.toBe('20');
    await expect(summaryCount(page, 'Rows with problems')).resolves.toBe('1');
    const problems = page.locator('#import-problems-table tbody tr');
    expect(await problems.count()).toBe(1);
    expect(await problems.locator('td').allTextContents()).toEqual([
      '37',
      'Session',
      expect.stringContaining('99'),
    ]);
    expect(await workspace.api.store.headPosition()).toBe(head);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-dry-run');

    // The commit is held back a moment, so the progress it shows can be seen.
    await page.route('**/imports?*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Commit the import' }).click();
    await page.getByRole('progressbar', { name: 'Importing the file…' }).waitFor();
    expect(await page.locator('#import-result').getAttribute('aria-busy')).toBe('true');
    await page.getByRole('heading', { name: 'Import committed' }).waitFor();
    expect(await page.locator('#import-progress').isHidden()).toBe(true);
    expect(await page.locator('#import-result').getAttribute('aria-busy')).toBe('false');
    await expect(summaryCount(page, 'Created')).resolves.toBe('20');
    expect(await page.getByRole('button', { name: 'Commit the import' }).isVisible()).toBe(false);
    expect(await workspace.api.store.headPosition()).toBeGreaterThan(head);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-committed');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the errors file (CSV)' }).click();
    const errorsCsv = readFileSync(await (await download).path(), 'utf8');
    expect(errorsCsv).toContain('Publish the prison census every year');
    expect(errorsCsv.split('\r\n')[0]).toMatch(/,error$/);

    const reportUrl = await page.getByRole('link', { name: 'Link to this report' }).getAttribute('href');
    await page.getByRole('link', { name: 'Universal Periodic Review · TKM · session 30' }).click();
    await page.waitForURL('**/app?*');
    expect(await page.locator('#board-list tbody tr').count()).toBe(20);
    await expect(page.locator('#board-list').textContent()).resolves.toContain(
      'Ratify the Optional Protocol to the Convention against Torture',
    );
    const listed = await workspace.api.as('auditor').get('/recommendations?session=30&stateUnderReview=TKM');
    expect(listed.body.items).toHaveLength(20);

    await page.goto(reportUrl!);
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(
      'Import committed',
    );
    await context.close();
  });

  it('shows the API problem with a file beside the file field: a wrong header, too large, a PDF, a text file', async () => {
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto('/app/import');
    await choose(page, csvFile('suggestions.csv', Buffer.from('Title,Body\nA,B\n')), 'template');
    await page.locator('#import-file-error').waitFor();
    await expect(page.locator('#import-file-error').textContent()).resolves.toBe(
      'The first row is not a template header: the column(s) Text, Mechanism, Recommending parties are missing. Check the profile, or start from the template.',
    );
    expect(await page.getByLabel('File (CSV or XLSX)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#import-report').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-wrong-header');

    // A file past 20 MiB takes the API 15 s and more to refuse on a small machine: its answer is replayed here as sent.
    await page.route('**/imports?*', (route) =>
      route.fulfill({
        status: 413,
        contentType: 'application/problem+json',
        json: {
          type: 'urn:problem:IMPORT.FILE_TOO_LARGE',
          title: 'IMPORT.FILE_TOO_LARGE',
          status: 413,
          code: 'IMPORT.FILE_TOO_LARGE',
          detail: 'The file is larger than 20971520 bytes',
          limitBytes: 20971520,
        },
      }),
    );
    await choose(page, csvFile('everything.csv', Buffer.from('Text\n')), 'template');
    await page.getByText('The file is larger than 20 MiB. Split it into several files.').waitFor();
    await page.unroute('**/imports?*');

    await choose(page, csvFile('scan.csv', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')), 'template');
    await page.getByText('This file is not CSV or XLSX.').waitFor();

    await choose(
      page,
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Text\nA\n') },
      'template',
    );
    await page.getByText('Only .csv and .xlsx files can be imported.').waitFor();
    await context.close();
  });

  it('reads an XLSX by its media type, and speaks the page language', async () => {
    const template = await workspace.api
      .as('secretariat')
      .get('/imports/templates/recommendations.xlsx')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto('/app/import');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByRole('heading', { name: 'Импорт рекомендаций' }).waitFor();
    await page.getByLabel('Файл (CSV или XLSX)').setInputFiles({
      name: 'recommendations-template.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: template.body as Buffer,
    });
    await page.getByLabel('Профиль').selectOption('template');
    await page.getByRole('button', { name: 'Проверить файл (пробный прогон)' }).click();
    await page.getByRole('heading', { name: 'Пробный прогон: ничего ещё не импортировано' }).waitFor();
    await expect(summaryCount(page, 'Будет создано')).resolves.toBe('1');
    expect(await page.getByRole('button', { name: 'Подтвердить импорт' }).isVisible()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('gives a reviewer no Import page and refuses a forged upload, but opens a report for reading', async () => {
    const uploaded = await workspace.api
      .http()
      .post('/imports?profile=upr-info')
      .set('Authorization', `Bearer ${workspace.api.tokens.secretariat}`)
      .set('Content-Type', 'text/csv')
      .send(sampleWithBadRow())
      .expect(200);
    const { context, page } = await workspace.signedIn('reviewer');
    await page.goto('/app');
    expect(await page.getByRole('link', { name: 'Import' }).count()).toBe(0);

    const refused = await page.goto('/app/import');
    expect(refused?.status()).toBe(403);
    await expect(page.locator('main').textContent()).resolves.toContain('Your roles do not allow this page.');

    const head = await workspace.api.store.headPosition();
    const token = await page.locator('meta[name="csrf-token"]').getAttribute('content');
    const forged = await page.evaluate(async (csrf) => {
      const response = await fetch('/imports?profile=template&dryRun=false', {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv', 'X-CSRF-Token': csrf ?? '' },
        body: 'Text,Mechanism,Recommending parties\nA forged recommendation,upr,Norway\n',
      });
      return { status: response.status, body: (await response.json()) as { code: string } };
    }, token);
    expect(forged).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await workspace.api.store.headPosition()).toBe(head);

    const report = await page.goto(`/app/import/${uploaded.body.importId}`);
    expect(report?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Dry run: nothing has been imported yet' }).waitFor();
    expect(await page.getByRole('link', { name: 'Import another file' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-report-reviewer');
    expect((await page.goto('/app/import/00000000-0000-4000-8000-000000000000'))?.status()).toBe(404);
    await context.close();
  });
});
