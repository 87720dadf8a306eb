import { startApiProcess } from '../http/api-process';
import { latencyDetails, probe } from '../http/probe';
import type { BenchOptions } from '../options';
import type { Row } from '../report';
import { inTempDir } from '../temp-dir';
import { seedPublishedLog } from './published-log';

const RECOMMENDATIONS = 10_000;
const BOARD_BUDGET_MS = 200;

/** Issue 18: the public portal's board at 10,000 published recommendations, against its 200 ms goal. */
export async function portalSection(options: BenchOptions, log: (line: string) => void): Promise<Row[]> {
  return inTempDir('portal', async (dataDir) => {
    const head = await seedPublishedLog(dataDir, RECOMMENDATIONS);
    const api = await startApiProcess({ dataDir, synchronous: 'FULL' });
    try {
      await waitForPortal(api.url, head);
      log(`${RECOMMENDATIONS} published recommendations projected; measuring the portal`);
      const count = options.probes;
      // The open-data file is no board: it is measured beside the goal, not against it.
      const measured: [string, string, number, boolean][] = [
        ['GET /public, the board (counts, charts, filters, 25 rows)', '/public', count, true],
        [
          'GET /public?theme=…&mechanism=…, the board filtered',
          '/public?theme=justice&mechanism=upr',
          count,
          true,
        ],
        ['GET /public?page=200, a late page of the list', '/public?page=200', count, true],
        ['GET /public/data/recommendations.json (all 10,000)', '/public/data/recommendations.json', 5, false],
      ];
      const rows: Row[] = [];
      for (const [name, path, times, board] of measured) {
        const figures = await probe({ url: api.url, token: '', count: times, path: () => path });
        rows.push({
          section: 'portal',
          name,
          value: figures.p50,
          unit: 'ms p50',
          ratio: board
            ? { to: `the ${BOARD_BUDGET_MS} ms goal`, value: figures.p50 / BOARD_BUDGET_MS }
            : undefined,
          extra: latencyDetails(figures),
        });
      }
      log(`portal board p50 ${rows[0].value.toFixed(1)} ms`);
      return rows;
    } finally {
      await api.stop();
    }
  });
}

/** The projections catch up on their own thread: the portal is measured once it reflects the whole log. */
async function waitForPortal(url: string, head: bigint): Promise<void> {
  for (let attempt = 0; attempt < 1200; attempt++) {
    const response = await fetch(`${url}/public/plans`);
    await response.arrayBuffer();
    if (BigInt(response.headers.get('x-projection-position') ?? '0') >= head) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The portal did not catch up with the log within 10 minutes');
}
