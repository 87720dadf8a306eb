import { proposal } from '../support/api-harness';
import { seriousAccessibilityViolations, startWorkspace, type Workspace } from '../support/browser';

jest.setTimeout(90_000);

describe('Publishing a recommendation on the public portal from its page (browser)', () => {
  let workspace: Workspace;
  const recommendation = proposal({ reference: 'UPR-TKM-S31-114.9' });
  let id: string;

  beforeAll(async () => {
    workspace = await startWorkspace();
    id = (await workspace.api.as('secretariat').post('/recommendations', recommendation).expect(201)).body.id;
  }, 60_000);
  afterAll(() => workspace.close());

  const page$ = `/app/recommendations/${encodeURIComponent(String(recommendation.reference))}`;

  it('warns that publishing makes it public, publishes with the rationale hidden, shows it, then unpublishes', async () => {
    const { page } = await workspace.signedIn('secretariat');
    await page.goto(page$);
    const section = page.locator('section.publication');
    await expect(section.locator('#publication-status').textContent()).resolves.toContain('Not published');
    await expect(section.locator('#publication-warning').textContent()).resolves.toContain(
      'visible to anyone on the public portal',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const rationale = section.getByLabel('Show the rationale of the position publicly');
    await expect(rationale.isChecked()).resolves.toBe(false);
    const before = page.url();
    await section.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.waitForURL((url) => url.href !== before && url.searchParams.has('consistentWith'));
    const status = page.locator('#publication-status');
    await expect(status.textContent()).resolves.toContain('Published on the public portal since');
    await expect(status.textContent()).resolves.toContain('not shown publicly');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const stored = (await workspace.api.streamOf(id)).at(-1);
    expect([stored?.type, stored?.data]).toEqual(['RecommendationPublished', { rationalePublic: false }]);

    const published = page.url();
    await page.getByRole('button', { name: 'Unpublish', exact: true }).click();
    await page.waitForURL((url) => url.href !== published);
    await expect(page.locator('#publication-status').textContent()).resolves.toContain('Not published');
  });

  it('offers no publication to a reviewer', async () => {
    const { page } = await workspace.signedIn('reviewer');
    await page.goto(page$);
    await expect(page.locator('section.publication').count()).resolves.toBe(0);
  });
});
