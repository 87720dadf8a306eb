import { actionIdOf } from '@app/recommendations';
import { PLAN, proposal } from '../support/api-harness';
import {
  screenshot,
  seriousAccessibilityViolations,
  startWorkspace,
  type Workspace,
} from '../support/browser';

jest.setTimeout(90_000);

describe('Plan action and institution pages (browser)', () => {
  let workspace: Workspace;
  let recommendation: { id: string; reference: string };

  beforeAll(async () => {
    workspace = await startWorkspace();
    const secretariat = workspace.api.as('secretariat');
    await secretariat.post('/plans', PLAN).expect(201);
    await secretariat
      .post('/institutions', {
        id: 'ministry-of-justice',
        names: { en: 'Ministry of Justice' },
        kind: 'ministry',
      })
      .expect(201);
    const body = proposal();
    const created = await secretariat.post('/recommendations', body).expect(201);
    recommendation = { id: created.body.id as string, reference: body.reference as string };
  }, 90_000);
  afterAll(() => workspace.close());

  it('lets the secretariat add an action to a plan and link a recommendation to it from the pages', async () => {
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto(`/app/plans/${PLAN.id}`);
    await page.locator('#action-create-action summary').click();
    await page.getByLabel('Number').fill('2.1.3');
    await page.getByLabel('Title', { exact: false }).first().fill('Draft amendments to the Criminal Code');
    await page.getByLabel('Lead institution identifier').fill('ministry-of-justice');
    await page.getByLabel('Target date').fill('2030-01-01');
    await page.getByRole('button', { name: 'Add the action' }).click();
    // The plan's period is checked by the domain: its problem shows above the button.
    const error = page.locator('#action-create-action .form-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('2030-01-01');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Target date').fill('2022-12-31');
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.waitForURL(/consistentWith=\d+/);
    const actions = page.getByRole('table', { name: 'Plan actions' });
    await actions.getByRole('link', { name: '2.1.3' }).click();
    await page.waitForURL(`/app/actions/${actionIdOf(PLAN.id, '2.1.3')}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Action 2.1.3: Draft amendments to the Criminal Code',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.locator('#action-links summary').click();
    await page.getByLabel('Recommendation identifiers').fill(recommendation.id);
    await page.locator('#action-links button[type="submit"]').click();
    await page.waitForURL(/consistentWith=\d+/);
    const linked = page.getByRole('table', { name: 'Recommendations this action addresses' });
    const link = linked.getByRole('link', { name: recommendation.reference });
    expect(await link.getAttribute('href')).toBe(
      `/app/recommendations/${encodeURIComponent(recommendation.reference)}`,
    );
    await expect(page.getByRole('link', { name: 'Ministry of Justice' }).getAttribute('href')).resolves.toBe(
      '/app/institutions/ministry-of-justice',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'plan-action');
    await context.close();
  });

  it('lists the institutions with a register form, and shows one with its actions', async () => {
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto('/app/institutions');
    await page.getByRole('link', { name: 'Institutions' }).first().waitFor();
    await page.getByLabel('Identifier').fill('ombudsperson');
    await page.getByLabel('Name in English').fill('Ombudsperson');
    await page.getByLabel('Kind').selectOption('ombudsperson');
    await page.getByRole('button', { name: 'Register the institution' }).click();
    await page.waitForURL(/consistentWith=\d+/);
    const list = page.getByRole('table', { name: 'Registered institutions' });
    await expect(list.textContent()).resolves.toContain('Ombudsperson');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await list.getByRole('link', { name: 'Ministry of Justice' }).click();
    await page.waitForURL('/app/institutions/ministry-of-justice');
    const actions = page.getByRole('table', { name: 'Plan actions' });
    await expect(actions.textContent()).resolves.toContain('Draft amendments to the Criminal Code');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('gives a reviewer the pages without forms', async () => {
    const { context, page } = await workspace.signedIn('reviewer');
    await page.goto(`/app/actions/${actionIdOf(PLAN.id, '2.1.3')}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('form.command').count()).toBe(0);
    await page.goto('/app/institutions');
    expect(await page.locator('form.command').count()).toBe(0);
    await context.close();
  });
});
