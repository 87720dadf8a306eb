import type { BrowserContext } from 'playwright-core';
import {
  screenshot,
  seriousAccessibilityViolations,
  startWorkspace,
  type Workspace,
} from '../support/browser';
import {
  publish,
  seedInstitution,
  seedPublicAction,
  seedRecommendation,
  seedReport,
} from '../support/public-portal-seed';

jest.setTimeout(90_000);

const PAGES = [
  '/public',
  '/public/recommendations/UPR-1',
  '/public/plans',
  '/public/plans/NAP-1',
  '/public/data',
];

describe('the public portal in a browser', () => {
  let workspace: Workspace;

  beforeAll(async () => {
    workspace = await startWorkspace();
    const { app } = workspace.api;
    await seedInstitution(app, 'moj', {
      en: 'Ministry of Justice',
      ru: 'Министерство юстиции',
      tk: 'Adalat ministrligi',
    });
    const long =
      'Ensure that everyone deprived of liberty has prompt access to a lawyer of their choice, '.repeat(3);
    const first = await seedRecommendation(
      app,
      { reference: 'UPR-1', text: long, themes: ['Justice', 'Detention'] },
      [
        {
          type: 'TranslationAdded',
          data: { language: 'ru', text: 'Обеспечить доступ к адвокату.', translatedBy: 'x' },
        },
        publish(true),
      ],
    );
    for (let i = 2; i <= 30; i++) {
      await seedRecommendation(
        app,
        { reference: `UPR-${i}`, text: `Recommendation ${i} on fair trial guarantees` },
        [publish(false)],
      );
    }
    const action = await seedPublicAction(
      app,
      {
        planId: 'NAP-1',
        number: '1.1',
        title: 'Train judges on fair trial',
        lead: 'moj',
        recommendationIds: [first.id],
      },
      [{ type: 'ActionPublished', data: {} }],
    );
    await seedReport(app, action, { narrative: '120 judges trained.', evidenceName: 'x.pdf', note: 'n' }, [
      { type: 'ProgressReportValidated', data: {} },
      { type: 'ProgressReportPublished', data: {} },
    ]);
    for (let tries = 0; tries < 50; tries++) {
      if ((await workspace.api.http().get('/public/plans/NAP-1')).text.includes('120 judges')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(() => workspace.close());

  for (const lang of ['en', 'ru', 'tk'] as const) {
    it(`shows every page in ${lang} with no serious or critical accessibility violation`, async () => {
      const context = await workspace.browser.newContext({ baseURL: workspace.baseUrl });
      try {
        const page = await context.newPage();
        for (const path of PAGES) {
          await page.goto(`${path}?lang=${lang}`);
          expect(await page.getAttribute('html', 'lang')).toBe(lang);
          expect({ path, violations: await seriousAccessibilityViolations(page) }).toEqual({
            path,
            violations: [],
          });
          if (path === '/public') await screenshot(page, `public-board-${lang}`);
        }
        await screenshot(page, `public-portal-${lang}`);
        expect(await context.cookies()).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('switches language by a link, without a cookie', async () => {
    const context = await workspace.browser.newContext({ baseURL: workspace.baseUrl });
    try {
      const page = await context.newPage();
      await page.goto('/public/recommendations/UPR-1');
      await page.getByRole('link', { name: 'Русский' }).click();
      await page.waitForURL(/lang=ru/);
      await expect(page.getByText('Обеспечить доступ к адвокату.').first().isVisible()).resolves.toBe(true);
      expect(await context.cookies()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits a phone: no horizontal scrolling on any page', async () => {
    let context: BrowserContext | undefined;
    try {
      context = await workspace.browser.newContext({
        baseURL: workspace.baseUrl,
        viewport: { width: 375, height: 667 },
        isMobile: true,
      });
      const page = await context.newPage();
      for (const path of PAGES) {
        await page.goto(path);
        // The page's own width against the viewport's: wider means the reader must scroll sideways.
        const widths = await page.locator('html').evaluate((root) => ({
          scroll: root.scrollWidth,
          client: root.clientWidth,
        }));
        expect({ path, fits: widths.scroll <= widths.client }).toEqual({ path, fits: true });
      }
      await screenshot(page, 'public-portal-phone');
    } finally {
      await context?.close();
    }
  });
});
