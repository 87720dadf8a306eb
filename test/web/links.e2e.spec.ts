import type { Page } from 'playwright-core';
import { proposal } from '../support/api-harness';
import { seriousAccessibilityViolations, startWorkspace, type Workspace } from '../support/browser';

jest.setTimeout(90_000);

async function openAction(page: Page, name: string) {
  const summary = page.locator('summary', { hasText: new RegExp(`^\\s*${name}\\s*$`) });
  const action = page.locator('details.action', { has: summary });
  await action.locator('summary').click();
  return action;
}

async function runAction(page: Page, name: string): Promise<void> {
  const before = page.url();
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForURL((url) => url.href !== before && url.searchParams.has('consistentWith'));
}

describe('Links between recommendations and mechanisms assessments on the recommendation page (browser)', () => {
  let workspace: Workspace;
  const older = proposal({ reference: 'CCPR/C/TKM/CO/2 para. 7' });
  const newer = proposal({ reference: 'CCPR/C/TKM/CO/3 para. 9' });
  let olderId: string;

  beforeAll(async () => {
    workspace = await startWorkspace();
    const secretariat = workspace.api.as('secretariat');
    olderId = (await secretariat.post('/recommendations', older)).body.id as string;
    await secretariat.post('/recommendations', newer).expect(201);
    await secretariat
      .post(`/recommendations/${olderId}/schedule-review`, { reviewDueDate: '2021-06-30' })
      .expect(200);
    await workspace.api
      .as('reviewer')
      .post(`/recommendations/${olderId}/record-position`, { position: 'supported', rationale: 'Agreed.' })
      .expect(200);
  }, 60_000);
  afterAll(() => workspace.close());

  it('links the newer one as carried over from the older, shown on both pages, and removes it', async () => {
    const { page } = await workspace.signedIn('secretariat');
    await page.goto(`/app/recommendations/${encodeURIComponent(String(newer.reference))}`);
    await openAction(page, 'Link to another recommendation');
    const form = page.locator('#action-link-recommendation');
    await form.getByLabel('Kind of link').selectOption('carried_over_from');
    await form.getByLabel('Other recommendation (id)').fill(olderId);
    await runAction(page, 'Link to another recommendation');
    await expect(page.locator('#links [data-link="outgoing"]').textContent()).resolves.toContain(
      'Carried over from: CCPR/C/TKM/CO/2 para. 7',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.locator('#links a', { hasText: 'CCPR/C/TKM/CO/2 para. 7' }).click();
    await page.waitForURL(`**/app/recommendations/${encodeURIComponent(String(older.reference))}`);
    await expect(page.locator('#links [data-link="incoming"]').textContent()).resolves.toContain(
      'Carried over to: CCPR/C/TKM/CO/3 para. 9',
    );

    await page.goto(`/app/recommendations/${encodeURIComponent(String(newer.reference))}`);
    await openAction(page, 'Remove a link');
    const remove = page.locator('#action-unlink-recommendation');
    await remove.getByLabel('Kind of link').selectOption('carried_over_from');
    await remove.getByLabel('Other recommendation (id)').fill(olderId);
    await runAction(page, 'Remove a link');
    await expect(page.locator('#links').textContent()).resolves.toContain('No links.');
  });

  it('shows carry-over suggestions in the import report and links one when the secretariat confirms it', async () => {
    const earlier = proposal({
      reference: 'UPR-TKM-S16-112.7',
      text: 'Принять всеобъемлющий закон о борьбе с дискриминацией по всем признакам',
      language: 'ru',
      source: {
        mechanism: { kind: 'upr' },
        recommendingParties: [{ name: 'Norway' }],
        stateUnderReview: 'TKM',
        upr: { cycle: 2, session: 16 },
      },
    });
    const earlierId = (await workspace.api.as('secretariat').post('/recommendations', earlier).expect(201))
      .body.id;
    const csv = [
      'Text,Language,Mechanism,Body,Recommending parties,State under review,UPR session,Document symbol,Document,Paragraph,Date,External id,Response,Themes,SDG targets,Affected groups',
      'Принять всеобъемлющий закон о борьбе с дискриминацией по всем основаниям,ru,upr,,Norway,TKM,31,,,114.3,,,,,,',
    ].join('\n');
    const { page } = await workspace.signedIn('secretariat');
    await page.goto('/app/import');
    await page
      .getByLabel('File (CSV or XLSX)')
      .setInputFiles({ name: 's31.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('Profile').selectOption('template');
    await page.getByRole('button', { name: 'Check file (dry run)' }).click();
    const suggestions = page.locator('#carry-over-suggestions');
    await expect(suggestions.locator('tbody tr').first().textContent()).resolves.toContain(
      'UPR-TKM-S16-112.7',
    );
    expect(await suggestions.getByRole('button').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.locator('#import-commit-button').click();
    await page.getByRole('button', { name: /^Confirm: carried over/ }).click();
    await page.waitForURL(
      (url) => url.pathname.startsWith('/app/import/') && url.searchParams.has('consistentWith'),
    );
    const older = await workspace.api.as('reporter').get(`/recommendations/${earlierId}`).expect(200);
    expect(older.body.links.incoming).toEqual([
      expect.objectContaining({ label: 'carried_over_to', reference: 'UPR-TKM-S31-p114.3' }),
    ]);
  });

  it("records a treaty body's grade beside the State's assessment, in Russian too", async () => {
    const { page } = await workspace.signedIn('secretariat');
    await page.goto(`/app/recommendations/${encodeURIComponent(String(older.reference))}`);
    await openAction(page, "Record a mechanism's assessment");
    const form = page.locator('#action-record-mechanism-assessment');
    await form.getByLabel('Scale').selectOption('treaty_body_follow_up');
    await form.getByLabel(/^Grade/).selectOption('B2');
    await form.getByLabel('Assessed by').fill('Human Rights Committee');
    await form.getByLabel('Assessed on').fill('2021-01-20');
    await runAction(page, "Record a mechanism's assessment");
    const assessments = page.locator('#assessments');
    await expect(assessments.textContent()).resolves.toContain('The State has not assessed it yet.');
    await expect(page.locator('#mechanism-assessments').textContent()).resolves.toContain('B2');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const russian = await workspace.signedIn('secretariat', 'ru-RU');
    await russian.page.goto(`/app/recommendations/${encodeURIComponent(String(older.reference))}`);
    await expect(russian.page.locator('#assessments').textContent()).resolves.toContain('Оценки механизмов');
  });
});
