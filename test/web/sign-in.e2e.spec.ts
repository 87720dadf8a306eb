import {
  screenshot,
  seriousAccessibilityViolations,
  signInAs,
  startWorkspace,
  type Workspace,
} from '../support/browser';

jest.setTimeout(60_000);

describe('Workspace sign-in and sign-out (browser)', () => {
  let workspace: Workspace;

  beforeAll(async () => {
    workspace = await startWorkspace();
  }, 60_000);
  afterAll(() => workspace.close());

  it('leads from / to the sign-in page, where an unknown token is refused beside the Token field', async () => {
    const context = await workspace.browser.newContext({ baseURL: workspace.baseUrl });
    const page = await context.newPage();
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/app/sign-in');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');
    await page.getByLabel('Token').fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('#token-error').textContent()).resolves.toContain('matches no user');
    expect(await page.getByLabel('Token').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('turns a valid token into an HttpOnly, SameSite=Strict session cookie, and sign-out ends the session', async () => {
    const context = await workspace.browser.newContext({ baseURL: workspace.baseUrl });
    const page = await context.newPage();
    await signInAs(page, workspace.api.tokens.secretariat);
    expect(new URL(page.url()).pathname).toBe('/app');
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'rfu_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Recommendations');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/app/sign-in?out=1');
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('You are signed out');
    // The old cookie no longer opens anything, even replayed by hand.
    const replay = await fetch(`${workspace.baseUrl}/recommendations`, {
      headers: { Cookie: `rfu_session=${cookie.value}` },
    });
    expect(replay.status).toBe(401);
    await page.goto('/app');
    expect(new URL(page.url()).pathname).toBe('/app/sign-in');
    await context.close();
  });

  it('refuses a state-changing call made with the session cookie but without the CSRF token', async () => {
    const { context, page } = await workspace.signedIn('secretariat');
    const answer = await page.evaluate(async () => {
      const response = await fetch('/recommendations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reference: 'CSRF-1', text: 'A forged proposal', language: 'en' }),
      });
      return { status: response.status, body: await response.json() };
    });
    expect(answer).toMatchObject({ status: 403, body: { code: 'CSRF_TOKEN_INVALID' } });
    const list = await workspace.api.as('auditor').get('/recommendations?reference=CSRF-1');
    expect(list.body.items).toEqual([]);
    await context.close();
  });

  it('keeps bearer tokens working for the API beside sessions', async () => {
    const answer = await workspace.api.as('secretariat').get('/recommendations');
    expect(answer.status).toBe(200);
  });
});
