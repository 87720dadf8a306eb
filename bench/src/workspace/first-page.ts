import { chromium } from 'playwright-core';
import { percentile } from '../measure';
import { packagedChromium } from './packaged-chromium';

/** Milliseconds from navigation to the load event of `path`, signed in through the sign-in page; median of `runs`. */
export async function firstPageLoad(
  baseUrl: string,
  token: string,
  path: string,
  runs: number,
): Promise<number> {
  const { executablePath, args } = packagedChromium();
  const browser = await chromium.launch({ executablePath, args, headless: true });
  try {
    const page = await browser.newPage({ baseURL: baseUrl });
    await page.goto('/app/sign-in');
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/app/sign-in'));
    const taken: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      await page.goto(path, { waitUntil: 'load' });
      // The first load warms the server's and the browser's caches; it is not counted.
      if (run > 0) taken.push(performance.now() - started);
    }
    return percentile(taken, 50);
  } finally {
    await browser.close();
  }
}
