import AxeBuilder from '@axe-core/playwright';
import { packagedChromium } from '../../bench/src/workspace/packaged-chromium';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApi, type ApiHarness, type TestRole } from './api-harness';

/** Screenshots of every page the tests visit, for people to look at (the folder is ignored by git). */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-results', 'screenshots');

export interface Workspace {
  api: ApiHarness;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (its own cookies) signed in as a user holding `role`. */
  signedIn(role: TestRole, locale?: string): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = packagedChromium();
  return playwright.launch({ executablePath, args, headless: true });
}

/** The API with its workspace, listening on a free local port, and a browser to drive it. */
export async function startWorkspace(env: Record<string, string> = {}): Promise<Workspace> {
  const api = await startApi(env);
  await api.app.listen(0, '127.0.0.1');
  const address = api.app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await launchBrowser();
  const signedIn = async (role: TestRole, locale = 'en-GB') => {
    const context = await browser.newContext({ baseURL: baseUrl, locale });
    const page = await context.newPage();
    await signInAs(page, api.tokens[role]);
    return { context, page };
  };
  return {
    api,
    baseUrl,
    browser,
    signedIn,
    close: async () => {
      await browser.close();
      await api.close();
    },
  };
}

/** Signs in through the page a person uses: the Token field and the Sign in button, in whatever language it is shown. */
export async function signInAs(page: Page, token: string): Promise<void> {
  await page.goto('/app/sign-in');
  await page.locator('input#token').fill(token);
  await page.locator('form[action="/app/sign-in"] button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/app/sign-in'));
}

/** axe-core against WCAG 2.1 A and AA: the serious and critical violations, which must be none. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
