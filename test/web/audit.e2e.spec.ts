import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMBEDDED_STORE_FILE, readExportFile, verifyChain } from '@app/event-store';
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

const HOUR = 3600;

describe('Audit page (browser)', () => {
  let workspace: Workspace;
  const ids: string[] = [];
  const references = ['CEDAW-2021-7', 'CEDAW-2021-8', 'CEDAW-2021-9'];

  beforeAll(async () => {
    workspace = await startWorkspace();
    const { api } = workspace;
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    for (const reference of references) {
      api.clock.advance(HOUR);
      const { id } = (
        await api.as('secretariat').post('/recommendations', proposal({ reference })).expect(201)
      ).body;
      ids.push(id);
      api.clock.advance(HOUR);
      await api
        .as('secretariat')
        .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' })
        .expect(200);
      api.clock.advance(HOUR);
      await api
        .as('reviewer')
        .post(`/recommendations/${id}/record-position`, { position: 'noted', rationale: 'Not now.' })
        .expect(200);
    }
  }, 60_000);
  afterAll(() => workspace.close());

  const verification = (page: Page) => page.getByRole('status').filter({ hasText: 'The log' });

  it('verifies the whole log as GET /audit/verify does, and says how much it checked', async () => {
    const { context, page } = await workspace.signedIn('auditor');
    await page.goto('/app');
    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Audit');
    await expect(page.locator('main').textContent()).resolves.toContain('can take a while');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'audit');

    await page.getByRole('button', { name: 'Verify the whole log' }).click();
    const report = (await workspace.api.as('auditor').get('/audit/verify').expect(200)).body;
    expect(report.ok).toBe(true);
    await expect(verification(page).textContent()).resolves.toContain(
      `The log is intact: ${report.streamsChecked} streams and ${report.eventsChecked} events checked.`,
    );
    expect(new URL(page.url()).searchParams.get('verify')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'audit-verified');
    await context.close();
  });

  it('downloads the log as NDJSON lines that verify offline', async () => {
    const { context, page } = await workspace.signedIn('auditor');
    await page.goto('/app/audit');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the whole log (NDJSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('audit-log.ndjson');
    const file = await download.path();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const events = lines.map((line) => JSON.parse(line) as { stream: string; metadata: { hash: string } });
    expect(events.map((event) => event.stream)).toEqual(
      expect.arrayContaining(ids.map((id) => recommendationStream(id))),
    );
    expect(events.every((event) => /^[0-9a-f]{64}$/.test(event.metadata.hash))).toBe(true);
    const offline = await verifyChain(readExportFile(file));
    expect(offline).toMatchObject({ ok: true, eventsChecked: lines.length });
    await context.close();
  });

  it('is for auditors only: the other roles get a 403 page and no Audit link', async () => {
    for (const role of ['secretariat', 'reviewer', 'reporter'] as const) {
      const { context, page } = await workspace.signedIn(role);
      await page.goto('/app');
      expect(await page.getByRole('link', { name: 'Audit', exact: true }).count()).toBe(0);
      const refused = await page.goto('/app/audit?verify=true');
      expect(refused?.status()).toBe(403);
      await expect(page.locator('main').textContent()).resolves.toContain(
        'Your roles do not allow this page.',
      );
      await context.close();
    }
  });

  it('lists where the log was altered, and the timeline of that recommendation shows it too', async () => {
    const stream = recommendationStream(ids[1]);
    tamperWithStore(join(workspace.api.config.dataDir, EMBEDDED_STORE_FILE), 'delete', stream, 1);
    const { context, page } = await workspace.signedIn('auditor');
    await page.goto('/app/audit');
    await page.getByRole('button', { name: 'Verify the whole log' }).click();
    await expect(verification(page).textContent()).resolves.toContain(
      'The log has been altered: 1 problem found;',
    );
    const failures = page.locator('#verification-failures tbody tr');
    expect(await failures.count()).toBe(1);
    const failure = (await failures.textContent()) ?? '';
    expect(failure).toContain(stream);
    expect(failure).toContain('Missing event');
    await expect(failures.locator('td').first().textContent()).resolves.toBe('1');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'audit-tampered');

    await page.goto(`/app/recommendations/${references[1]}/timeline`);
    await expect(page.locator('.timeline-side').textContent()).resolves.toContain(
      'The state cannot be worked out',
    );
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.locator('#verification').textContent()).resolves.toMatch(
      /The chain is broken: 1 problem found\.[\s\S]*At No\. 1:\s*Missing event/,
    );
    await context.close();
  });
});
