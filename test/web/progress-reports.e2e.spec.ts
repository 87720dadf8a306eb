import type { Page } from 'playwright-core';
import { PLAN } from '../support/api-harness';
import {
  seriousAccessibilityViolations,
  screenshot,
  signInAs,
  startWorkspace,
  type Workspace,
} from '../support/browser';
import { LEAD, SUPPORTING, addFocalPoints, seedAction } from '../support/progress-report-seed';

jest.setTimeout(90_000);

describe('Progress reports in the workspace (browser)', () => {
  let workspace: Workspace;
  let focalPointToken: string;
  let actionId: string;

  const asFocalPoint = async (): Promise<{ page: Page; close: () => Promise<void> }> => {
    const context = await workspace.browser.newContext({ baseURL: workspace.baseUrl, locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, focalPointToken);
    return { page, close: () => context.close() };
  };

  beforeAll(async () => {
    workspace = await startWorkspace();
    const { api } = workspace;
    await api
      .as('secretariat')
      .post('/plans', { ...PLAN })
      .expect(201);
    const names = { en: 'Ministry of Justice', ru: 'Министерство юстиции', tk: 'Adalat ministrligi' };
    await api.as('secretariat').post('/institutions', { id: LEAD, names, kind: 'ministry' }).expect(201);
    actionId = await seedAction(api.app, {
      planId: PLAN.id,
      number: '2.1.3',
      title: 'Draft amendments to the Criminal Code',
      leadInstitutionId: LEAD,
      supportingInstitutionIds: [SUPPORTING],
      indicators: [
        {
          indicatorId: 'drafts',
          name: 'Draft laws',
          unit: 'drafts',
          target: 2,
          frequencyMonths: 3,
          scheduleStart: '2020-10-01',
        },
      ],
    });
    [focalPointToken] = await addFocalPoints(api, [['merjen', LEAD]]);
  }, 90_000);
  afterAll(() => workspace.close());

  it('lets a focal point submit a report from their inbox, and resubmit it once it is returned', async () => {
    const { page, close } = await asFocalPoint();
    await expect(page.getByRole('link', { name: 'Inbox' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Validation queue' }).count()).resolves.toBe(0);
    await page.goto('/app/inbox');
    // The institution by its name, as the registry gives it in the page's language, not by its id.
    await expect(page.getByText('Progress reports of Ministry of Justice').count()).resolves.toBe(1);
    const card = page.getByRole('article', { name: '2.1.3 Draft amendments to the Criminal Code' });
    await card.getByLabel('Period starts').fill('2021-01-01');
    await card.getByLabel('Period ends').fill('2021-03-31');
    await card.getByRole('button', { name: 'Submit the report' }).click();
    const narrativeError = card.locator('[data-error-for="narrative"]');
    await narrativeError.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await card.getByLabel(/What was done in the period/).fill('Draft amendments sent to the Mejlis.');
    await card.getByLabel('Draft laws (drafts)').fill('1.5');
    await card.getByRole('button', { name: 'Submit the report' }).click();
    await page.waitForURL(/consistentWith=\d+/);
    const reports = page.getByRole('table', { name: 'Reports on this action' });
    await expect(reports.textContent()).resolves.toContain('Submitted');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'inbox');

    const [report] = (await workspace.api.as('secretariat').get('/validation-queue').expect(200)).body;
    expect(report.indicatorValues).toEqual([{ indicatorId: 'drafts', value: 1.5 }]);
    const returned = await workspace.api
      .as('secretariat')
      .post(`/progress-reports/${report.id}/return`, { comment: 'Attach the draft law.' })
      .expect(200);
    await page.goto(`/app/inbox?consistentWith=${returned.body.position}`);
    const returnedSection = page.getByRole('region', { name: 'Returned to you: correct and resubmit' });
    await expect(returnedSection.textContent()).resolves.toContain('Attach the draft law.');
    await returnedSection.getByLabel(/What was done in the period/).fill('Draft attached to the file.');
    await returnedSection.getByRole('button', { name: 'Resubmit the report' }).click();
    await page.waitForURL((url) => url.searchParams.get('consistentWith') !== String(returned.body.position));
    await expect(page.getByText('No report is waiting to be resubmitted.').count()).resolves.toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const stored = await workspace.api.as('secretariat').get(`/progress-reports/${report.id}`).expect(200);
    expect(stored.body).toMatchObject({
      status: 'submitted',
      narrative: 'Draft attached to the file.',
      actionId,
    });
    await close();
  });

  it('lets the secretariat return a report with a comment and validate another from the validation queue', async () => {
    const { api } = workspace;
    const body = { periodStart: '2021-04-01', periodEnd: '2021-06-30', narrative: 'Second quarter.' };
    await api.as('secretariat').post(`/actions/${actionId}/progress-reports`, body).expect(201);
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto('/app/validation-queue');
    const cards = page.locator('article.card');
    await expect(cards.count()).resolves.toBe(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'validation-queue');

    // The test clock gives both reports one submission time, so the queue's order between them is by id.
    const first = cards.filter({ hasText: 'Draft attached to the file.' });
    await first.getByRole('button', { name: 'Return the report' }).click();
    await first.locator('[data-error-for="comment"]').last().waitFor();
    await first.getByLabel(/What to correct/).fill('Give the article numbers.');
    await first.getByRole('button', { name: 'Return the report' }).click();
    await page.waitForURL(/consistentWith=\d+/);
    await expect(page.locator('article.card').count()).resolves.toBe(1);

    const returnedAt = page.url();
    await page.locator('article.card').getByRole('button', { name: 'Validate the report' }).click();
    await page.waitForURL((url) => url.toString() !== returnedAt);
    await expect(page.getByText('No report is waiting for validation.').count()).resolves.toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const plan = await api.as('secretariat').get(`/plans/${PLAN.id}`).expect(200);
    expect(plan.body.reports).toEqual({ actionsWithValidatedReport: 1, validatedReports: 1 });
    await context.close();
  });
});
