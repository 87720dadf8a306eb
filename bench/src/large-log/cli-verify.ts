import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Row } from '../report';
import type { LogFixture } from './log-fixture';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', '..', 'apps', 'cli', 'src', 'main.js');

/** Part 5: `cli audit verify` over the whole log, as an operator runs it (process start included). */
export async function cliVerifyRow(fixture: LogFixture): Promise<Row> {
  const started = performance.now();
  const { stdout } = await run(process.execPath, [CLI, 'audit', 'verify'], {
    env: { ...process.env, DATA_DIR: fixture.seeded.dataDir },
    maxBuffer: 64 * 2 ** 20,
    timeout: 10 * 60_000,
  });
  const seconds = (performance.now() - started) / 1000;
  const report = JSON.parse(stdout) as { ok: boolean; eventsChecked: number; streamsChecked: number };
  if (!report.ok) throw new Error(`audit verify found breaks in the generated log: ${stdout.slice(0, 500)}`);
  return {
    section: 'audit',
    name: `cli audit verify, whole log of ${fixture.label}`,
    value: report.eventsChecked / seconds,
    unit: 'events/s',
    extra: { seconds, events: report.eventsChecked, streams: report.streamsChecked, ok: String(report.ok) },
  };
}
