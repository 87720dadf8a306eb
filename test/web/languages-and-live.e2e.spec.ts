import {
  screenshot,
  seriousAccessibilityViolations,
  startWorkspace,
  type Workspace,
} from '../support/browser';

jest.setTimeout(60_000);

const proposal = (reference: string) => ({
  reference,
  text: `Strengthen the national human rights institution (${reference})`,
  language: 'en',
  source: { mechanism: { kind: 'upr' }, recommendingParties: [{ name: 'Norway' }] },
});

describe('Workspace languages and live updates (browser)', () => {
  let workspace: Workspace;

  beforeAll(async () => {
    workspace = await startWorkspace();
    for (let i = 1; i <= 3; i++) {
      await workspace.api
        .as('secretariat')
        .post('/recommendations', proposal(`UPR-40-${i}`))
        .expect(201);
    }
  }, 60_000);
  afterAll(() => workspace.close());

  it('switches the interface to Russian and to Turkmen, with dates in that language, and remembers the choice', async () => {
    const { context, page } = await workspace.signedIn('secretariat');
    await page.goto('/app');
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await page.getByRole('button', { name: 'Change' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Рекомендации');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await expect(page.locator('#board-list').textContent()).resolves.toContain('1 февр. 2021 г.');
    await expect(page.getByRole('button', { name: 'Выйти' }).isVisible()).resolves.toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'board-ru');

    await page.getByLabel('Язык', { exact: true }).selectOption('tk');
    await page.getByRole('button', { name: 'Сменить' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Maslahatlar');
    expect(await page.locator('html').getAttribute('lang')).toBe('tk');
    await expect(page.locator('.counts').textContent()).resolves.toContain('Teklip edildi');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'board-tk');

    // Remembered: a later visit, and the page after signing out, stay in Turkmen.
    await page.goto('/app?status=proposed');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Maslahatlar');
    await page.getByRole('button', { name: 'Çykmak' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Girmek');
    await context.close();
  });

  it('greets a browser set to Russian in Russian before anyone signs in', async () => {
    const context = await workspace.browser.newContext({ baseURL: workspace.baseUrl, locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto('/app');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Вход');
    await expect(page.getByLabel('Токен').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('updates an open board when someone else proposes a recommendation (SSE feed)', async () => {
    const { context, page } = await workspace.signedIn('reviewer');
    await page.goto('/app');
    const before = Number(/All\s*(\d+)/.exec((await page.locator('.counts').textContent()) ?? '')?.[1]);
    await workspace.api.as('secretariat').post('/recommendations', proposal('UPR-40-LIVE')).expect(201);
    await page.locator('#board-list', { hasText: 'UPR-40-LIVE' }).waitFor({ timeout: 15_000 });
    await expect(page.locator('.counts').textContent()).resolves.toMatch(new RegExp(`All\\s*${before + 1}`));
    await expect(page.locator('#live-status').textContent()).resolves.toBe('Updated just now.');
    await context.close();
  });
});
