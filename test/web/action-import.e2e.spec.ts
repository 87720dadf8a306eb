import { actionIdOf } from '@app/recommendations';
import { PLAN, proposal } from '../support/api-harness';
import {
  screenshot,
  seriousAccessibilityViolations,
  startWorkspace,
  type Workspace,
} from '../support/browser';

jest.setTimeout(90_000);

const MATRIX = [
  'Number,Title,Lead institution,Target date,Recommendations,Indicator',
  '5.1,Open a hotline,Ministry of Justice,2023-12-31,WEB-IMP-1,Calls answered',
  '5.2,Train staff,Ministry of Magic,2023-12-31,,',
].join('\n');

describe('Import actions page (browser)', () => {
  let workspace: Workspace;

  beforeAll(async () => {
    workspace = await startWorkspace();
    const secretariat = workspace.api.as('secretariat');
    await secretariat.post('/plans', PLAN).expect(201);
    const names = { en: 'Ministry of Justice' };
    await secretariat.post('/institutions', { id: 'moj', names, kind: 'ministry' }).expect(201);
    await secretariat.post('/recommendations', proposal({ reference: 'WEB-IMP-1' })).expect(201);
  }, 90_000);
  afterAll(() => workspace.close());

  it('checks a results matrix, shows the report with its row errors, then imports it', async () => {
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto(`/app/plans/${PLAN.id}`);
    await page.getByRole('link', { name: 'Import actions from a results matrix' }).click();
    await page.waitForURL(`/app/plans/${PLAN.id}/import-actions`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const file = { name: 'matrix.csv', mimeType: 'text/csv', buffer: Buffer.from(MATRIX) };
    await page.getByLabel('Results matrix (CSV or XLSX)').setInputFiles(file);
    await page.getByRole('button', { name: 'Check file (dry run)' }).click();
    await page.getByRole('heading', { name: 'What the import would do' }).waitFor();
    const errors = page.getByRole('table', { name: 'Rows that cannot be imported' });
    await expect(errors.textContent()).resolves.toContain('Ministry of Magic');
    await expect(errors.textContent()).resolves.toContain('Lead institution');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'action-import-dry-run');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'What the import did' }).waitFor();
    const actions = page.getByRole('table', { name: 'Each action' });
    await expect(actions.locator('tbody tr').first().locator('td').nth(1).textContent()).resolves.toBe('New');
    await actions.getByRole('link', { name: '5.1' }).click();
    await page.waitForURL(`/app/actions/${actionIdOf(PLAN.id, '5.1')}`);
    await context.close();
  });

  it('keeps the page from other roles', async () => {
    const { context, page } = await workspace.signedIn('reviewer');
    const response = await page.goto(`/app/plans/${PLAN.id}/import-actions`);
    expect(response?.status()).toBe(403);
    await context.close();
  });
});
