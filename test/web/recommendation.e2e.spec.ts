import type { Page } from 'playwright-core';
import { PLAN, proposal } from '../support/api-harness';
import {
  screenshot,
  seriousAccessibilityViolations,
  startWorkspace,
  type Workspace,
} from '../support/browser';

jest.setTimeout(90_000);

const SECRETARIAT_ACTIONS = ['Schedule review', 'Withdraw', 'Amend', 'Correct', 'Add translation', 'Archive'];

/** The names of the actions the page offers, as the user sees them. */
const offeredActions = (page: Page): Promise<string[]> =>
  page
    .locator('details.action > summary')
    .allTextContents()
    .then((names) => names.map((name) => name.trim()));

/** Opens an action as a user does, by its name, and gives its form's region. */
async function openAction(page: Page, name: string) {
  const summary = page.locator('summary', { hasText: new RegExp(`^\\s*${name}\\s*$`) });
  const action = page.locator('details.action', { has: summary });
  await action.locator('summary').click();
  return action;
}

/** Submits an action's form and waits for the page it leads to (read at the command's own position). */
async function runAction(page: Page, name: string): Promise<void> {
  const before = page.url();
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForURL((url) => url.href !== before && url.searchParams.has('consistentWith'));
}

const currentStatus = (page: Page) => page.locator('#current-status').textContent();

describe('A recommendation page: its record, its actions and the propose form (browser)', () => {
  let workspace: Workspace;

  type Created = { id: string; reference: string; path: string };
  /** The page of a recommendation just written, read at least as far as that write (`consistentWith`). */
  const pageAt = (reference: string, position: string): string =>
    `/app/recommendations/${encodeURIComponent(reference)}?consistentWith=${position}`;

  async function proposed(overrides: object = {}): Promise<Created> {
    const body = proposal(overrides);
    const answer = await workspace.api.as('secretariat').post('/recommendations', body);
    expect(answer.status).toBe(201);
    const reference = body.reference as string;
    return { id: answer.body.id as string, reference, path: pageAt(reference, answer.body.position) };
  }

  async function underReview(): Promise<Created> {
    const created = await proposed();
    const answer = await workspace.api
      .as('secretariat')
      .post(`/recommendations/${created.id}/schedule-review`, { reviewDueDate: '2021-06-30' });
    expect(answer.status).toBe(200);
    return { ...created, path: pageAt(created.reference, answer.body.position) };
  }

  /** The read side as any API client sees it, read at least as far as the log has gone. */
  async function apiView(reference: string): Promise<Record<string, unknown>> {
    const list = await workspace.api
      .as('auditor')
      .get(`/recommendations?reference=${encodeURIComponent(reference)}`);
    const id = list.body.items[0].id as string;
    return (await workspace.api.as('auditor').get(`/recommendations/${id}`)).body as Record<string, unknown>;
  }

  beforeAll(async () => {
    workspace = await startWorkspace();
    expect((await workspace.api.as('secretariat').post('/plans', PLAN)).status).toBe(201);
  }, 60_000);
  afterAll(() => workspace.close());

  it('takes a recommendation from the propose form through review, position, plan and progress', async () => {
    const secretariat = await workspace.signedIn('secretariat');
    let page = secretariat.page;
    await page.goto('/app');
    await page.getByRole('link', { name: 'Propose a recommendation' }).click();
    await page.waitForURL('**/app/recommendations/new');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'recommendation-propose');

    await page.getByRole('textbox', { name: /^Reference/ }).fill('UPR-39-114.3');
    await page
      .getByLabel('Text of the recommendation')
      .fill('Adopt a comprehensive anti-discrimination law.');
    await page.getByLabel('Mechanism').selectOption('upr');
    await page.getByLabel('Recommending parties').fill('Germany\nNorway');
    await page.getByLabel('State under review').fill('TKM');
    await page.getByLabel('UPR cycle').fill('3');
    await page.getByLabel('UPR session').fill('39');
    await page.getByLabel('Equality and non-discrimination').check();
    await page.getByLabel('SDG targets').fill('10.3, 16.b');
    await page.getByLabel('Affected groups').fill('women\npersons with disabilities');
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/app/recommendations/UPR-39-114.3');
    await expect(currentStatus(page)).resolves.toBe('Proposed');
    const record = page.locator('[data-live="recommendation"]');
    await expect(record.textContent()).resolves.toContain('Germany');
    await expect(record.textContent()).resolves.toContain('Cycle 3, session 39');
    await expect(record.textContent()).resolves.toContain('Equality and non-discrimination');
    expect(await offeredActions(page)).toEqual([
      'Amend',
      'Schedule review',
      'Withdraw',
      'Correct',
      'Add translation',
      'Link to another recommendation',
      'Remove a link',
      'Attach evidence',
    ]);

    await openAction(page, 'Schedule review');
    await page.getByLabel('Review due date').fill('2021-06-30');
    await runAction(page, 'Schedule review');
    await expect(currentStatus(page)).resolves.toBe('Under review');
    expect(await apiView('UPR-39-114.3')).toMatchObject({
      status: 'under_review',
      reviewDueDate: '2021-06-30',
    });
    await page.goto('/app?status=under_review');
    await expect(page.locator('#board-list').textContent()).resolves.toContain('UPR-39-114.3');

    const reviewer = await workspace.signedIn('reviewer');
    await reviewer.page.goto('/app/recommendations/UPR-39-114.3');
    expect(await offeredActions(reviewer.page)).toEqual([
      'Record position',
      'Defer response',
      'Attach evidence',
    ]);
    await openAction(reviewer.page, 'Record position');
    await reviewer.page.getByLabel('Position').selectOption('supported');
    await reviewer.page.getByLabel('Rationale').fill('Consistent with the national action plan priorities.');
    await runAction(reviewer.page, 'Record position');
    await expect(currentStatus(reviewer.page)).resolves.toBe('Reviewed');
    expect(await apiView('UPR-39-114.3')).toMatchObject({ status: 'reviewed', position: 'supported' });
    await reviewer.context.close();

    page = secretariat.page;
    await page.goto('/app/recommendations/UPR-39-114.3');
    await openAction(page, 'Reflect in plan');
    await page.getByRole('combobox', { name: /^Plan/ }).selectOption(PLAN.id);
    await page.getByLabel('Action in the plan').fill('NHRAP 3.2.1');
    await page.getByLabel('Responsible institutions').fill('Ministry of Justice\nMinistry of Labour');
    await page.getByLabel('Target date').fill('2023-12-31');
    await runAction(page, 'Reflect in plan');
    await expect(currentStatus(page)).resolves.toBe('Planned');
    await expect(page.locator('[data-live="recommendation"]').textContent()).resolves.toContain(PLAN.title);
    expect(await apiView('UPR-39-114.3')).toMatchObject({
      status: 'planned',
      plan: { planId: PLAN.id, actionRef: 'NHRAP 3.2.1', targetDate: '2023-12-31' },
    });

    await openAction(page, 'Report progress');
    await page.getByRole('combobox', { name: /^Progress/ }).selectOption('in_progress');
    await page.getByLabel('What was done').fill('Draft law submitted to parliament.');
    await page.getByLabel('Reporting period').fill('2022-Q4');
    await runAction(page, 'Report progress');
    await expect(currentStatus(page)).resolves.toBe('Planned');
    await expect(page.locator('#latest-progress').textContent()).resolves.toContain(
      'Draft law submitted to parliament.',
    );
    expect(await apiView('UPR-39-114.3')).toMatchObject({
      status: 'planned',
      progress: { status: 'in_progress', narrative: 'Draft law submitted to parliament.', period: '2022-Q4' },
    });
    await expect(page.locator('#transitions tbody tr').count()).resolves.toBe(5);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'recommendation-planned');
    await page.goto('/app?status=planned');
    await expect(page.locator('#board-list').textContent()).resolves.toContain('UPR-39-114.3');
    await secretariat.context.close();
  });

  it("shows a reviewer no secretariat action, and the server refuses one forged from the reviewer's own page", async () => {
    const { id, reference, path } = await underReview();
    const { context, page } = await workspace.signedIn('reviewer');
    await page.goto('/app');
    await expect(page.getByRole('link', { name: 'Propose a recommendation' }).count()).resolves.toBe(0);
    await page.goto(path);
    const offered = await offeredActions(page);
    expect(offered).toEqual(['Record position', 'Defer response', 'Attach evidence']);
    for (const name of SECRETARIAT_ACTIONS) expect(offered).not.toContain(name);

    const before = (await workspace.api.streamOf(id)).length;
    const token = await page.locator('meta[name="csrf-token"]').getAttribute('content');
    expect(token).toBeTruthy();
    const forged = await page.evaluate(
      async ([path, token]) => {
        const response = await fetch(path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
          body: JSON.stringify({ reason: 'Forged by a reviewer' }),
        });
        return { status: response.status, body: await response.json() };
      },
      [`/recommendations/${id}/withdraw`, token ?? ''] as const,
    );
    expect(forged).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect((await workspace.api.streamOf(id)).length).toBe(before);
    expect(await apiView(reference)).toMatchObject({ status: 'under_review' });

    const proposePage = await page.goto('/app/recommendations/new');
    expect(proposePage?.status()).toBe(403);
    await context.close();
  });

  it('tells the second of two people acting on the same recommendation that it changed, and Reload shows the change', async () => {
    const { reference } = await proposed();
    const first = await workspace.signedIn('secretariat');
    const second = await workspace.signedIn('secretariat');
    const path = `/app/recommendations/${encodeURIComponent(reference)}`;
    await first.page.goto(path);
    await second.page.goto(path);

    const withdraw = await openAction(second.page, 'Withdraw');
    await withdraw.getByLabel('Reason').fill('Superseded by a later recommendation.');
    await openAction(first.page, 'Schedule review');
    await first.page.getByLabel('Review due date').fill('2021-07-15');
    await runAction(first.page, 'Schedule review');
    await expect(currentStatus(first.page)).resolves.toBe('Under review');
    // The second page's record follows the feed, while the form being filled in keeps the revision it was read at.
    await second.page.locator('#current-status', { hasText: 'Under review' }).waitFor();

    await second.page.getByRole('button', { name: 'Withdraw', exact: true }).click();
    const banner = second.page.locator('#conflict');
    await banner.waitFor({ state: 'visible' });
    await expect(banner.textContent()).resolves.toContain('Someone else changed this recommendation');
    await expect(second.page.locator('#conflict:focus').count()).resolves.toBe(1);
    await second.page.getByRole('button', { name: 'Reload' }).click();
    await second.page.waitForLoadState('load');
    await expect(currentStatus(second.page)).resolves.toBe('Under review');
    expect(await apiView(reference)).toMatchObject({ status: 'under_review' });
    await first.context.close();
    await second.context.close();
  });

  it("shows the API's message beside a field it refuses, and changes nothing", async () => {
    const { id, path } = await underReview();
    const { context, page } = await workspace.signedIn('reviewer');
    await page.goto(path);
    const before = (await workspace.api.streamOf(id)).length;
    await openAction(page, 'Record position');
    await page.getByLabel('Position').selectOption('noted');
    await page.getByRole('button', { name: 'Record position', exact: true }).click();
    const error = page.locator('[data-error-for="rationale"]');
    await error.waitFor({ state: 'visible' });
    await expect(error.textContent()).resolves.toContain('rationale');
    expect(await page.getByLabel('Rationale').getAttribute('aria-invalid')).toBe('true');
    await expect(page.locator('[name="rationale"]:focus').count()).resolves.toBe(1);
    expect((await workspace.api.streamOf(id)).length).toBe(before);
    await expect(currentStatus(page)).resolves.toBe('Under review');
    await context.close();

    const secretariat = await workspace.signedIn('secretariat');
    const fresh = await proposed();
    await secretariat.page.goto(fresh.path);
    await openAction(secretariat.page, 'Schedule review');
    await secretariat.page.getByRole('button', { name: 'Schedule review', exact: true }).click();
    const dateError = secretariat.page.locator('[data-error-for="reviewDueDate"]');
    await dateError.waitFor({ state: 'visible' });
    await expect(dateError.textContent()).resolves.toContain('reviewDueDate');
    expect(await apiView(fresh.reference)).toMatchObject({ status: 'proposed' });
    await secretariat.context.close();
  });

  it('is accessible with every action open, shows the timeline link to history readers, and says when nothing may be done', async () => {
    const { reference } = await proposed({
      source: {
        mechanism: { kind: 'treaty_body', body: 'CEDAW' },
        recommendingParties: [{ name: 'Committee on the Elimination of Discrimination against Women' }],
        documentSymbol: 'CEDAW/C/TKM/CO/5',
        paragraph: '12(b)',
        date: '2018-07-09',
      },
    });
    const { context, page } = await workspace.signedIn('secretariat');
    const path = `/app/recommendations/${encodeURIComponent(reference)}`;
    await page.goto(path);
    await screenshot(page, 'recommendation');
    for (const summary of await page.locator('details.action > summary').all()) await summary.click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'recommendation-actions');
    expect(await page.getByRole('link', { name: /^Timeline/ }).getAttribute('href')).toBe(`${path}/timeline`);
    await context.close();

    const auditor = await workspace.signedIn('auditor');
    await auditor.page.goto(path);
    await expect(auditor.page.locator('#no-actions').textContent()).resolves.toContain('no action');
    expect(await offeredActions(auditor.page)).toEqual([]);
    await expect(auditor.page.getByRole('link', { name: /^Timeline/ }).count()).resolves.toBe(1);
    await auditor.context.close();

    const reporter = await workspace.signedIn('reporter');
    await reporter.page.goto(path);
    await expect(reporter.page.getByRole('link', { name: /^Timeline/ }).count()).resolves.toBe(0);
    const missing = await reporter.page.goto('/app/recommendations/NO-SUCH-REF');
    expect(missing?.status()).toBe(404);
    await expect(reporter.page.locator('main').textContent()).resolves.toContain('NO-SUCH-REF');
    await reporter.context.close();
  });

  it('amends and corrects by sending only what the user changed, so the rest of the record stays as it was', async () => {
    const parties = [{ name: 'Norway', iso3: 'NOR', regionalGroup: 'WEOG' }];
    const { reference, path } = await proposed({
      reference: 'CEDAW/C/TKM/CO/5-12b',
      affectedGroups: ['women'],
      source: { mechanism: { kind: 'upr' }, recommendingParties: parties, upr: { cycle: 3, session: 39 } },
    });
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto(path);
    const amend = await openAction(page, 'Amend');
    await amend
      .getByLabel('Text of the recommendation')
      .fill('Adopt and apply a comprehensive anti-discrimination law.');
    await runAction(page, 'Amend');
    await expect(page.locator('.text').textContent()).resolves.toContain('Adopt and apply');

    const correct = await openAction(page, 'Correct');
    await correct.getByLabel('Right to education').check();
    await correct.getByLabel('Reason').fill('The commission classified it under education too.');
    await runAction(page, 'Correct');
    expect(await apiView(reference)).toMatchObject({
      text: 'Adopt and apply a comprehensive anti-discrimination law.',
      themes: ['education', 'non-discrimination'],
      source: { recommendingParties: parties, upr: { cycle: 3, session: 39 } },
      corrections: 1,
    });

    // A change to the source re-sends the parties: the one left as it was keeps its ISO3 and group.
    const fix = await openAction(page, 'Correct');
    await fix.getByLabel('Recommending parties').fill('Norway\nFrance');
    await fix.getByLabel('Affected groups').fill('');
    await fix.getByLabel('Reason').fill('France joined the recommendation.');
    await runAction(page, 'Correct');
    expect(await apiView(reference)).toMatchObject({
      source: { recommendingParties: [...parties, { name: 'France' }], upr: { cycle: 3, session: 39 } },
      affectedGroups: [],
      corrections: 2,
    });
    await context.close();
  });

  it('speaks Russian and Turkmen: the actions and the text shown in a translation where there is one', async () => {
    const { id, path } = await proposed();
    await workspace.api.as('secretariat').post(`/recommendations/${id}/translations`, {
      language: 'ru',
      text: 'Принять всеобъемлющий антидискриминационный закон.',
    });
    const { context, page } = await workspace.signedIn('secretariat');
    await context.addCookies([{ name: 'rfu_lang', value: 'ru', url: workspace.baseUrl }]);
    await page.goto(path);
    await expect(page.locator('.text').textContent()).resolves.toContain('антидискриминационный');
    await expect(page.locator('[data-live]').textContent()).resolves.toContain('Перевод');
    expect(await offeredActions(page)).toContain('Назначить рассмотрение');
    await context.addCookies([{ name: 'rfu_lang', value: 'tk', url: workspace.baseUrl }]);
    await page.reload();
    expect(await offeredActions(page)).toContain('Terjime goş');
    await expect(page.locator('#amend-text').inputValue()).resolves.toContain('anti-discrimination');
    await context.close();
  });
});
