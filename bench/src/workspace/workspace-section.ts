import { join } from 'node:path';
import { addUser } from '@app/users';
import { startApiProcess } from '../http/api-process';
import { latencyDetails, probe } from '../http/probe';
import { templateCsvOf } from '../import/generated-recommendations';
import type { BenchOptions } from '../options';
import type { Row } from '../report';
import { inTempDir } from '../temp-dir';
import { firstPageLoad } from './first-page';
import { pageScripts } from './page-scripts';

const RECOMMENDATIONS = 10_000;
const FIRST_PAGE_BUDGET_MS = 1_000;
const SCRIPT_BUDGET_KB = 150;
const API_LIST = 'GET /recommendations?limit=25 (the API list the board shows)';

/** Issue 13: the board's server time and first page load at 10,000 recommendations, and the JavaScript per page. */
export async function workspaceSection(options: BenchOptions, log: (line: string) => void): Promise<Row[]> {
  return inTempDir('workspace', async (dataDir) => {
    const token = await addUser(join(dataDir, 'users.json'), {
      id: 'bench-admin',
      name: 'Bench',
      roles: ['admin'],
    });
    const api = await startApiProcess({ dataDir, synchronous: 'FULL' });
    try {
      await load(api.url, token);
      const reference = await firstReference(api.url, token);
      log(`${RECOMMENDATIONS} recommendations loaded; measuring the board`);
      const count = options.probes;
      const list = await probe({ url: api.url, token, count, path: () => '/recommendations?limit=25' });
      const board = await probe({ url: api.url, token, count, path: () => '/app' });
      const search = await probe({
        url: api.url,
        token,
        count,
        path: () => '/app?q=disaggregated&status=proposed',
      });
      const firstLoad = await firstPageLoad(api.url, token, '/app', options.quick ? 3 : 10);
      log(`board p50 ${board.p50.toFixed(1)} ms, first page load ${firstLoad.toFixed(0)} ms`);
      const rows: Row[] = [
        latencyRow(API_LIST, list.p50, latencyDetails(list)),
        latencyRow('GET /app, the board (counts, filters, 25 rows)', board.p50, latencyDetails(board), {
          to: API_LIST,
          value: board.p50 / list.p50,
        }),
        latencyRow('GET /app?q=…&status=…, the board searched', search.p50, latencyDetails(search), {
          to: API_LIST,
          value: search.p50 / list.p50,
        }),
        latencyRow(
          'board in Chromium, navigation to load event (median)',
          firstLoad,
          {},
          { to: `the ${FIRST_PAGE_BUDGET_MS} ms goal`, value: firstLoad / FIRST_PAGE_BUDGET_MS },
        ),
      ];
      for (const [name, path] of pages(reference)) {
        const scripts = await pageScripts(api.url, token, path);
        if (scripts === undefined) continue;
        rows.push({
          section: 'workspace',
          name: `JavaScript of the ${name} page, gzipped`,
          value: scripts.gzipBytes / 1024,
          unit: 'KB',
          ratio: {
            to: `the ${SCRIPT_BUDGET_KB} KB budget`,
            value: scripts.gzipBytes / 1024 / SCRIPT_BUDGET_KB,
          },
          extra: { files: scripts.files.length, uncompressed: `${(scripts.bytes / 1024).toFixed(1)} KB` },
        });
      }
      return rows;
    } finally {
      await api.stop();
    }
  });
}

const pages = (reference: string): [string, string][] => {
  const recommendation = `/app/recommendations/${encodeURIComponent(reference)}`;
  return [
    ['sign-in', '/app/sign-in'],
    ['board', '/app'],
    ['recommendation', recommendation],
    ['timeline', `${recommendation}/timeline`],
    ['propose', '/app/recommendations/new'],
    ['plans', '/app/plans'],
    ['reports', '/app/reports'],
    ['audit', '/app/audit'],
    ['import', '/app/import'],
  ];
};

const latencyRow = (name: string, p50: number, extra: Row['extra'], ratio?: Row['ratio']): Row => ({
  section: 'workspace',
  name,
  value: p50,
  unit: 'ms p50',
  ratio,
  extra,
});

/** The recommendations arrive as staff would load them, by an import, and are read once the projections have them. */
async function load(url: string, token: string): Promise<void> {
  const response = await fetch(`${url}/imports?profile=template&dryRun=false`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: templateCsvOf(RECOMMENDATIONS, 5_000_000),
    signal: AbortSignal.timeout(10 * 60_000),
  });
  if (response.status !== 200 && response.status !== 201) {
    throw new Error(`The import answered ${response.status}: ${await response.text()}`);
  }
  await waitForProjection(url, token);
}

/** The projections run on their own thread: the board is measured once they hold every recommendation. */
async function waitForProjection(url: string, token: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const check = await fetch(`${url}/reports/summary?by=status`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const summary = (await check.json()) as { groups: { count: number }[] };
    if (summary.groups.reduce((sum, group) => sum + group.count, 0) >= RECOMMENDATIONS) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The projections did not catch up with the import within 5 minutes');
}

async function firstReference(url: string, token: string): Promise<string> {
  const list = await fetch(`${url}/recommendations?limit=1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const page = (await list.json()) as { items: { reference: string }[] };
  return page.items[0].reference;
}
