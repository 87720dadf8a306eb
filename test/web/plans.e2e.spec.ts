import type { Locator } from 'playwright-core';
import { PLAN } from '../support/api-harness';
import { seedReportScenario } from '../support/report-scenario';
import {
  screenshot,
  seriousAccessibilityViolations,
  startWorkspace,
  type Workspace,
} from '../support/browser';

jest.setTimeout(90_000);

/** Each body row as its cells' text, as a person reads the table. */
const cells = (table: Locator): Promise<string[][]> =>
  table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.children].map((cell) =>
          ((cell as unknown as { innerText: string }).innerText ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    );

describe('Plans pages (browser)', () => {
  let workspace: Workspace;

  beforeAll(async () => {
    workspace = await startWorkspace();
    const last = await seedReportScenario(workspace.api);
    await workspace.api.as('reporter').get(`/plans?consistentWith=${last}`).expect(200);
  }, 90_000);
  afterAll(() => workspace.close());

  it('lists each plan with its counts, % implemented and overdue targets, and opens it by institution', async () => {
    const { context, page } = await workspace.signedIn('auditor');
    await page.goto('/app/plans');
    const plans = page.getByRole('table', { name: 'National plans and their progress' });
    expect(await cells(plans)).toEqual([
      [`${PLAN.title} ${PLAN.id}`, 'Jan 1, 2021 – Dec 31, 2025', '3', '2', '1', '0', '33.3%', '1'],
    ]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'plans');

    await plans.getByRole('link', { name: PLAN.title }).click();
    await page.waitForURL(`/app/plans/${PLAN.id}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(PLAN.title);
    await expect(page.locator('.implemented-share').textContent()).resolves.toContain(
      '33.3% implemented: 1 of 3 recommendations',
    );
    const institutions = page.getByRole('table', {
      name: 'Recommendations of the plan by responsible institution',
    });
    expect(await cells(institutions)).toEqual([
      ['Ministry of Justice', '2', '1', '1', '0'],
      ['Ombudsperson', '1', '1', '0', '0'],
      ['No institution named', '1', '1', '0', '1'],
    ]);
    const chart = page.getByRole('img', { name: 'Recommendations per responsible institution' });
    expect(await chart.locator('g.bar').count()).toBe(3);

    const listed = await workspace.api.as('auditor').get(`/recommendations?planId=${PLAN.id}`).expect(200);
    const references = (listed.body.items as { reference: string }[]).map((item) => item.reference);
    const rows = page.getByRole('table', { name: /^Recommendations 1–3 of 3$/ }).locator('tbody tr');
    expect(await rows.count()).toBe(3);
    for (const reference of references) {
      expect(await page.getByRole('link', { name: reference, exact: true }).getAttribute('href')).toBe(
        `/app/recommendations/${encodeURIComponent(reference)}`,
      );
    }
    await expect(rows.filter({ hasText: 'Overdue' }).count()).resolves.toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'plan');
    await context.close();
  });

  it('lets the secretariat register a plan from the page, with the API’s message beside a wrong field', async () => {
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto('/app/plans');
    await page.getByLabel('Identifier').fill('NAP-CHILD-2026');
    await page.getByLabel('Title').fill('National Plan of Action for Children 2026–2030');
    await page.getByLabel('Period starts').fill('2026-01-01');
    await page.getByLabel('Period ends').fill('2025-12-31');
    await page.getByRole('button', { name: 'Register the plan' }).click();
    const error = page.locator('#plan-periodEnd-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('periodEnd must be on or after periodStart');
    await expect(page.getByLabel('Period ends').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'plans-register-error');

    await page.getByLabel('Period ends').fill('2030-12-31');
    await page.getByRole('button', { name: 'Register the plan' }).click();
    await page.waitForURL(/consistentWith=\d+/);
    const plans = page.getByRole('table', { name: 'National plans and their progress' });
    await expect(plans.textContent()).resolves.toContain('National Plan of Action for Children 2026–2030');
    const stored = await workspace.api.as('reporter').get('/plans/NAP-CHILD-2026').expect(200);
    expect(stored.body).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2030-12-31' });
    await context.close();
  });

  it('gives a reviewer the plans without the register form, and the server refuses the reviewer’s plan', async () => {
    const { context, page } = await workspace.signedIn('reviewer');
    await page.goto('/app/plans');
    await page.getByRole('table', { name: 'National plans and their progress' }).waitFor();
    expect(await page.getByRole('button', { name: 'Register the plan' }).count()).toBe(0);
    expect(await page.locator('form.command').count()).toBe(0);
    // What a hand-made request with the page's own session and CSRF token would get.
    const token = await page.locator('meta[name="csrf-token"]').getAttribute('content');
    const refused = await page.request.post('/plans', {
      headers: { 'X-CSRF-Token': token ?? '' },
      data: { id: 'REVIEWER-PLAN', title: 'Not allowed', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
    });
    expect(refused.status()).toBe(403);
    await expect(refused.json()).resolves.toMatchObject({ code: 'FORBIDDEN' });
    await workspace.api.as('reviewer').get('/plans/REVIEWER-PLAN').expect(404);
    await context.close();
  });

  it('answers a plan that does not exist with a page saying so', async () => {
    const { context, page } = await workspace.signedIn('reporter');
    const response = await page.goto('/app/plans/NO-SUCH-PLAN');
    expect(response?.status()).toBe(404);
    await expect(page.locator('main').textContent()).resolves.toContain('There is nothing at this address.');
    await context.close();
  });
});
