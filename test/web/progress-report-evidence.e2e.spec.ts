import { MINIMAL_PDF } from '@app/testing';
import { PLAN } from '../support/api-harness';
import {
  screenshot,
  seriousAccessibilityViolations,
  signInAs,
  startWorkspace,
  type Workspace,
} from '../support/browser';
import { LEAD, addFocalPoints, seedAction } from '../support/progress-report-seed';

jest.setTimeout(90_000);

const PDF = { name: 'order.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF };

describe('Evidence files on progress reports in the workspace (browser)', () => {
  let workspace: Workspace;
  let focalPointToken: string;

  beforeAll(async () => {
    workspace = await startWorkspace();
    const { api } = workspace;
    await api
      .as('secretariat')
      .post('/plans', { ...PLAN })
      .expect(201);
    const names = { en: 'Ministry of Justice', ru: 'Министерство юстиции', tk: 'Adalat ministrligi' };
    await api.as('secretariat').post('/institutions', { id: LEAD, names, kind: 'ministry' }).expect(201);
    await seedAction(api.app, {
      planId: PLAN.id,
      number: '2.1.3',
      title: 'Draft amendments to the Criminal Code',
      leadInstitutionId: LEAD,
      supportingInstitutionIds: [],
    });
    [focalPointToken] = await addFocalPoints(api, [['merjen', LEAD]]);
  }, 90_000);
  afterAll(() => workspace.close());

  it('a focal point submits a report with a file from the inbox; a renamed file is refused in words', async () => {
    const context = await workspace.browser.newContext({ baseURL: workspace.baseUrl, locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, focalPointToken);
    await page.goto('/app/inbox');
    const card = page.getByRole('article', { name: '2.1.3 Draft amendments to the Criminal Code' });
    await card.getByLabel('Period starts').fill('2021-01-01');
    await card.getByLabel('Period ends').fill('2021-03-31');
    await card.getByLabel(/What was done in the period/).fill('The order is attached.');
    const files = card.getByLabel('Evidence files (optional)');
    await files.setInputFiles({ ...PDF, name: 'fake.pdf', buffer: Buffer.from('MZ not a PDF') });
    await card.getByRole('button', { name: 'Submit the report' }).click();
    const error = card.locator('[data-error-for="evidence"]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('fake.pdf is not a PDF');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await files.setInputFiles(PDF);
    await card.getByRole('button', { name: 'Submit the report' }).click();
    await page.waitForURL(/consistentWith=\d+/);
    await page.getByRole('table', { name: 'Reports on this action' }).getByRole('link').first().click();
    const link = page.getByRole('link', { name: 'Download order.pdf' });
    await link.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('the secretariat sees the file in the validation queue and downloads it', async () => {
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto('/app/validation-queue');
    const files = page.getByRole('table', { name: 'Files given with this report' });
    await expect(files.textContent()).resolves.toContain('PDF');
    await expect(page.getByText('Institution: Ministry of Justice').count()).resolves.toBe(1);
    await screenshot(page, 'validation-queue-evidence');
    const link = files.getByRole('link', { name: 'Download order.pdf' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/progress-reports\/[0-9a-f-]{36}\/evidence\/[0-9a-f]{64}$/);
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(Buffer.compare(await download.body(), MINIMAL_PDF)).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
