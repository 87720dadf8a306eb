import { startApiProcess } from '../http/api-process';
import { wants, type BenchOptions } from '../options';
import type { Row } from '../report';
import { inTempDir } from '../temp-dir';
import { addBenchUsers } from './bench-users';
import { auditRows, scaleRows, type ProbeTarget } from './api-probes';
import { catchUpRows } from './catch-up-rows';
import { cliVerifyRow } from './cli-verify';
import { prepareLog, type LogFixture } from './log-fixture';

/** Parts 4 to 6 over a generated log: a small one (the baseline), then the large one. */
export async function largeLogSections(options: BenchOptions, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const small = await inTempDir('log-small', async (dir) => {
    const fixture = await prepareLog(dir, options.smallLog);
    log(`seeded and rebuilt ${fixture.label} events`);
    return withApi(fixture, options, undefined, log);
  });
  rows.push(...small);
  const large = await inTempDir('log-large', async (dir) => {
    const fixture = await prepareLog(dir, options.largeLog);
    log(`seeded ${fixture.seeded.events} events in ${fixture.seeded.seconds.toFixed(0)} s`);
    const catchUp = wants(options, 'catch-up') ? await catchUpRows(fixture) : [];
    const probed = await withApi(fixture, options, small, log);
    const verified = wants(options, 'audit') ? [await cliVerifyRow(fixture)] : [];
    return [...catchUp, ...probed, ...verified];
  });
  rows.push(...large);
  return rows;
}

/** Starts the API on the fixture's DATA_DIR and takes the scale and audit latencies. */
async function withApi(
  fixture: LogFixture,
  options: BenchOptions,
  baseline: Row[] | undefined,
  log: (line: string) => void,
): Promise<Row[]> {
  const tokens = await addBenchUsers(fixture.seeded.dataDir);
  const api = await startApiProcess({ dataDir: fixture.seeded.dataDir, synchronous: 'FULL' });
  try {
    const target: ProbeTarget = { url: api.url, tokens, fixture, count: options.probes, baseline };
    const rows: Row[] = [];
    if (wants(options, 'scale')) rows.push(...(await scaleRows(target)));
    if (wants(options, 'audit')) {
      const large = fixture.seeded.events > options.smallLog;
      rows.push(
        ...(await auditRows(target, large ? (options.quick ? 2 : 3) : Math.ceil(options.probes / 4))),
      );
    }
    log(`probed the API at ${fixture.label} events`);
    return rows;
  } finally {
    await api.stop();
  }
}
