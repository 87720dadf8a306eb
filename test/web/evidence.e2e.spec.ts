import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINIMAL_PDF } from '@app/testing';
import { proposal } from '../support/api-harness';
import {
  screenshot,
  seriousAccessibilityViolations,
  startWorkspace,
  type Workspace,
} from '../support/browser';

jest.setTimeout(90_000);

describe('Evidence on a recommendation page: listed with download links, and an upload form (browser)', () => {
  let workspace: Workspace;
  let files: string;
  let reference: string;
  beforeAll(async () => {
    workspace = await startWorkspace();
    files = mkdtempSync(join(tmpdir(), 'evidence-upload-'));
    writeFileSync(join(files, 'minutes.pdf'), MINIMAL_PDF);
    writeFileSync(join(files, 'renamed.pdf'), 'this is a text file, renamed');
    const body = proposal({ reference: 'UPR-39-EVIDENCE' });
    reference = body.reference as string;
    expect((await workspace.api.as('secretariat').post('/recommendations', body)).status).toBe(201);
  });
  afterAll(async () => {
    await workspace.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('a secretariat uploads a PDF, sees it listed with its download link; a renamed file is refused in words', async () => {
    const { page, context } = await workspace.signedIn('secretariat');
    await page.goto(`/app/recommendations/${reference}`);
    await expect(page.locator('#no-evidence').textContent()).resolves.toContain('No evidence');
    await page.locator('summary', { hasText: 'Attach evidence' }).click();

    await page.getByLabel('Files').setInputFiles(join(files, 'renamed.pdf'));
    await page.getByRole('button', { name: 'Attach the files', exact: true }).click();
    const error = page.locator('#attach-evidence-files-error');
    await error.waitFor({ state: 'visible' });
    await expect(error.textContent()).resolves.toContain('renamed.pdf is not a PDF');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Files').setInputFiles(join(files, 'minutes.pdf'));
    await page.getByLabel('Note').fill('Signed minutes of the May session');
    const before = page.url();
    await page.getByRole('button', { name: 'Attach the files', exact: true }).click();
    await page.waitForURL((url) => url.href !== before && url.searchParams.has('consistentWith'));

    const link = page.locator('#evidence a', { hasText: 'minutes.pdf' });
    await expect(link.getAttribute('href')).resolves.toMatch(
      /^\/recommendations\/[0-9a-f-]+\/evidence\/[0-9a-f]{64}$/,
    );
    await expect(page.locator('#evidence').textContent()).resolves.toContain(
      'Signed minutes of the May session',
    );
    await expect(page.locator('#transitions').textContent()).resolves.toContain('Evidence attached');
    const download = await context.request.get((await link.getAttribute('href'))!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toContain('attachment');
    expect(Buffer.compare(await download.body(), MINIMAL_PDF)).toBe(0);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'recommendation-evidence');
    await context.close();
  });

  it('an auditor sees the evidence but no upload form; the list and form read in Russian and Turkmen', async () => {
    const auditor = await workspace.signedIn('auditor');
    await auditor.page.goto(`/app/recommendations/${reference}`);
    await expect(auditor.page.locator('#evidence').textContent()).resolves.toContain('minutes.pdf');
    expect(await auditor.page.locator('#action-attach-evidence').count()).toBe(0);
    await auditor.context.close();

    for (const [locale, heading] of [
      ['ru-RU', 'Приложить документы'],
      ['tk-TM', 'Subutnama goş'],
    ]) {
      const { page, context } = await workspace.signedIn('secretariat', locale);
      await page.goto(`/app/recommendations/${reference}`);
      await expect(page.locator('#action-attach-evidence summary').textContent()).resolves.toContain(heading);
      await context.close();
    }
  });
});
