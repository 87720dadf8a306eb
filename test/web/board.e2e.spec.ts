import {
  screenshot,
  seriousAccessibilityViolations,
  startWorkspace,
  type Workspace,
} from '../support/browser';

jest.setTimeout(60_000);

const proposal = (reference: string, text: string, extra: object = {}) => ({
  reference,
  text,
  language: 'en',
  source: { mechanism: { kind: 'upr' }, recommendingParties: [{ name: 'Germany' }] },
  ...extra,
});

describe('Recommendations board (browser)', () => {
  let workspace: Workspace;

  beforeAll(async () => {
    workspace = await startWorkspace();
    const secretariat = workspace.api.as('secretariat');
    for (let i = 1; i <= 30; i++) {
      const answer = await secretariat.post(
        '/recommendations',
        proposal(
          `UPR-39-${String(i).padStart(3, '0')}`,
          `Recommendation number ${i} on the rights of the child`,
        ),
      );
      expect(answer.status).toBe(201);
    }
    const other = await secretariat.post(
      '/recommendations',
      proposal('OSCE-2024-1', 'Ensure free and fair elections', {
        source: { mechanism: { kind: 'osce' }, recommendingParties: [{ name: 'OSCE/ODIHR' }] },
      }),
    );
    await secretariat.post(`/recommendations/${other.body.id}/schedule-review`, {
      reviewDueDate: '2021-03-01',
    });
    await secretariat.post('/institutions', {
      id: 'cec',
      names: { en: 'Election Commission' },
      kind: 'agency',
    });
    await secretariat.post('/plans', {
      id: 'P-1',
      title: 'Plan',
      periodStart: '2021-01-01',
      periodEnd: '2025-12-31',
    });
    const action = await secretariat.post('/plans/P-1/actions', {
      number: '1.1',
      title: 'Election law',
      leadInstitutionId: 'cec',
      supportingInstitutionIds: [],
    });
    await secretariat.post(`/actions/${action.body.id}/links`, { recommendationIds: [other.body.id] });
  }, 60_000);
  afterAll(() => workspace.close());

  it('shows counts by status, a page of rows linking to each recommendation by reference, and the next page', async () => {
    const { context, page } = await workspace.signedIn('reviewer');
    await page.goto('/app');
    const counts = page.locator('.counts');
    await expect(counts.textContent()).resolves.toMatch(/All\s*31/);
    await expect(counts.textContent()).resolves.toMatch(/Under review\s*1/);
    expect(await page.locator('#board-list tbody tr').count()).toBe(25);
    expect(await page.getByRole('link', { name: 'UPR-39-001' }).getAttribute('href')).toBe(
      '/app/recommendations/UPR-39-001',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'board');
    await page.getByRole('link', { name: 'Next page' }).click();
    expect(await page.locator('#board-list tbody tr').count()).toBe(6);
    await expect(page.locator('#board-list caption').textContent()).resolves.toContain('26–31');
    await context.close();
  });

  it('filters by mechanism and by text, and opens a recommendation by its reference', async () => {
    const { context, page } = await workspace.signedIn('auditor');
    await page.goto('/app');
    await page.getByLabel('Mechanism').selectOption('osce');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    expect(await page.locator('#board-list tbody tr').count()).toBe(1);
    await expect(page.locator('#board-list').textContent()).resolves.toContain('OSCE-2024-1');
    await page.goto('/app');
    await page.getByLabel('Responsible institution').selectOption({ label: 'Election Commission' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    expect(await page.locator('#board-list tbody tr').allTextContents()).toEqual([
      expect.stringContaining('OSCE-2024-1'),
    ]);

    await page.goto('/app');
    await page.getByLabel('Search the text').fill('elections');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.locator('#board-list tbody').textContent()).resolves.toContain(
      'free and fair elections',
    );

    await page.getByRole('textbox', { name: 'Reference' }).fill('no-such-ref');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.locator('#reference-error').textContent()).resolves.toContain('no-such-ref');
    await context.close();
  });

  it('answers a filter value the API refuses with a page naming the field, not a stack trace', async () => {
    const { context, page } = await workspace.signedIn('reviewer');
    const response = await page.goto('/app?status=nonsense');
    expect(response?.status()).toBe(400);
    await expect(page.locator('main').textContent()).resolves.toContain('status');
    await context.close();
  });
});
