import { join } from 'node:path';
import { EMBEDDED_STORE_FILE } from '@app/event-store';
import { recommendationStream } from '@app/recommendations';
import type { Page } from 'playwright-core';
import { PLAN, proposal } from '../support/api-harness';
import {
  screenshot,
  seriousAccessibilityViolations,
  startWorkspace,
  type Workspace,
} from '../support/browser';
import { tamperWithStore } from '../support/tamper';

jest.setTimeout(60_000);

const DAY = 24 * 3600;
const REFERENCE = 'UPR-39-115.2';
const TIMELINE = `/app/recommendations/${REFERENCE}/timeline`;

interface HistoryEvent {
  type: string;
  metadata: { hash: string; prevHash: string };
}

describe('Timeline of a recommendation (browser)', () => {
  let workspace: Workspace;
  let id: string;
  let history: HistoryEvent[];

  /** Four steps on four days: proposed, review scheduled, position (decided the day before), planned. */
  beforeAll(async () => {
    workspace = await startWorkspace();
    const { api } = workspace;
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    id = (
      await api
        .as('secretariat')
        .post('/recommendations', proposal({ reference: REFERENCE }))
        .expect(201)
    ).body.id;
    api.clock.advance(DAY);
    await api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-03-01' })
      .expect(200);
    api.clock.advance(DAY);
    await api
      .as('reviewer')
      .post(`/recommendations/${id}/record-position`, {
        position: 'supported',
        rationale: 'Consistent with the national strategy.',
        effectiveDate: '2021-02-02',
      })
      .expect(200);
    api.clock.advance(DAY);
    await api
      .as('secretariat')
      .post(`/recommendations/${id}/reflect-in-plan`, {
        planId: PLAN.id,
        actionRef: 'Task 2.1',
        targetDate: '2023-12-31',
      })
      .expect(200);
    history = (await api.as('auditor').get(`/recommendations/${id}/history`).expect(200)).body.events;
  }, 60_000);
  afterAll(() => workspace.close());

  const rows = (page: Page) => page.locator('#timeline-events tbody tr');
  const status = (page: Page) => page.locator('#state-status').textContent();

  it('shows an auditor every event with who, when and its hash chain, beside the state now', async () => {
    const { context, page } = await workspace.signedIn('auditor');
    await page.goto(TIMELINE);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      `Timeline of ${REFERENCE}`,
    );
    expect(await rows(page).count()).toBe(4);
    expect(await rows(page).locator('td:nth-child(2)').allTextContents()).toEqual([
      'Proposed',
      'Review scheduled',
      'Position recorded',
      'Reflected in a plan',
    ]);
    const position = (await rows(page).nth(2).textContent()) ?? '';
    for (const shown of [
      'reviewer-user',
      'Reviewer',
      'Feb 3, 2021, 9:00 AM UTC',
      'Feb 2, 2021',
      'Supported',
      'Consistent with the national strategy.',
      history[2].metadata.hash,
      history[1].metadata.hash,
    ]) {
      expect(position).toContain(shown);
    }
    await expect(rows(page).nth(0).textContent()).resolves.toContain('0'.repeat(64));
    await expect(rows(page).nth(3).textContent()).resolves.toMatch(/secretariat-user[\s\S]*Feb 4, 2021/);
    await expect(status(page)).resolves.toBe('Planned');
    await expect(page.locator('.timeline-side').textContent()).resolves.toContain(PLAN.id);
    expect(await page.getByRole('link', { name: 'Back to the recommendation' }).getAttribute('href')).toBe(
      `/app/recommendations/${REFERENCE}`,
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'timeline');
    await context.close();
  });

  it('shows the state as of the end of an earlier day, by when events were recorded or took effect', async () => {
    const { context, page } = await workspace.signedIn('auditor');
    await page.goto(TIMELINE);
    await page.getByLabel('As of').fill('2021-02-02');
    await page.getByRole('button', { name: 'Show the state' }).click();
    await expect(status(page)).resolves.toBe('Under review');
    await expect(page.locator('.timeline-side').textContent()).resolves.toContain(
      '2 of 4 events counted, up to No. 1.',
    );
    expect(await rows(page).locator('td:last-child').allTextContents()).toEqual([
      'Counted',
      'Counted',
      'Not yet',
      'Not yet',
    ]);
    const api = await workspace.api
      .as('auditor')
      .get(`/recommendations/${id}/state?asOf=2021-02-02T23:59:59.999Z`)
      .expect(200);
    expect(api.body.state.status).toBe('under_review');

    await page.getByLabel('When they took effect').check();
    await page.getByRole('button', { name: 'Show the state' }).click();
    await expect(status(page)).resolves.toBe('Reviewed');
    await expect(page.locator('#timeline-events caption').textContent()).resolves.toContain(
      'in the order they took effect',
    );
    expect(await page.getByLabel('As of').inputValue()).toBe('2021-02-02');

    await page.getByLabel('As of').fill('2021-01-31');
    await page.getByRole('button', { name: 'Show the state' }).click();
    await expect(page.locator('.timeline-side').textContent()).resolves.toContain(
      'It had not been proposed yet by the end of Jan 31, 2021.',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('verifies the hash chain of the history and says so in a status region, keeping the day shown', async () => {
    const { context, page } = await workspace.signedIn('auditor');
    await page.goto(`${TIMELINE}?asOf=2021-02-03`);
    await page.getByRole('button', { name: 'Verify' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Verified' });
    await expect(result.textContent()).resolves.toContain('Verified: the chain of 4 events is intact.');
    await expect(result.textContent()).resolves.toContain(history[3].metadata.hash);
    await expect(status(page)).resolves.toBe('Reviewed');
    const api = await workspace.api
      .as('auditor')
      .get(`/audit/verify?stream=${recommendationStream(id)}`)
      .expect(200);
    expect(api.body).toMatchObject({ ok: true, eventsChecked: 4 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'timeline-verified');
    await context.close();
  });

  it('is refused to a reporter, as the history is, offers Verify to auditors only, and says when no reference matches', async () => {
    const reporter = await workspace.signedIn('reporter');
    const refused = await reporter.page.goto(TIMELINE);
    expect(refused?.status()).toBe(403);
    await expect(reporter.page.locator('main').textContent()).resolves.toContain(
      'Your roles do not allow this page.',
    );
    await workspace.api.as('reporter').get(`/recommendations/${id}/history`).expect(403);
    await reporter.context.close();

    // A reviewer reads the history, but verifying is /audit/verify's, for auditors only.
    const reviewer = await workspace.signedIn('reviewer');
    await reviewer.page.goto(TIMELINE);
    expect(await rows(reviewer.page).count()).toBe(4);
    expect(await reviewer.page.getByRole('button', { name: 'Verify' }).count()).toBe(0);
    expect((await reviewer.page.goto(`${TIMELINE}?verify=true`))?.status()).toBe(403);
    await workspace.api
      .as('reviewer')
      .get(`/audit/verify?stream=${recommendationStream(id)}`)
      .expect(403);
    await reviewer.context.close();

    const secretariat = await workspace.signedIn('secretariat');
    const missing = await secretariat.page.goto('/app/recommendations/NO-SUCH-REF/timeline');
    expect(missing?.status()).toBe(404);
    await expect(secretariat.page.locator('main').textContent()).resolves.toContain(
      'No recommendation has the reference NO-SUCH-REF.',
    );
    await secretariat.context.close();
  });

  it('speaks Russian and Turkmen', async () => {
    const { context, page } = await workspace.signedIn('auditor');
    for (const [lang, event, date] of [
      ['ru', 'Позиция зафиксирована', '3 февр. 2021 г.'],
      ['tk', 'Pozisiýa bellige alyndy', '2021'],
    ]) {
      await page.goto(`/app/language?lang=${lang}&back=${encodeURIComponent(TIMELINE)}`);
      const row = (await rows(page).nth(2).textContent()) ?? '';
      expect(row).toContain(event);
      expect(row).toContain(date);
    }
    await context.close();
  });

  it('shows where the chain broke when the log was altered behind the application', async () => {
    const file = join(workspace.api.config.dataDir, EMBEDDED_STORE_FILE);
    tamperWithStore(file, 'change data', recommendationStream(id), 2);
    const { context, page } = await workspace.signedIn('auditor');
    await page.goto(`${TIMELINE}?verify=true`);
    const result = (await page.locator('#verification').textContent()) ?? '';
    expect(result).toContain('The chain is broken: 1 problem found.');
    expect(result).toMatch(/At No\. 2:\s*Changed content/);
    await expect(page.getByRole('status').filter({ hasText: 'broken' }).count()).resolves.toBe(1);
    const altered = (await rows(page).nth(2).textContent()) ?? '';
    expect(altered).toContain('Rewritten later.');
    expect(altered).toContain('The chain breaks here');
    await expect(rows(page).nth(3).textContent()).resolves.not.toContain('The chain breaks here');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'timeline-tampered');
    await context.close();
  });
});
