import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EMBEDDED_STORE_FILE } from '@app/event-store';
import { recommendationStream } from '@app/recommendations';
import { seedStore } from './support/audit-seed';
import { cliInProcess, type CliOutcome } from './support/cli-in-process';
import { tamperWithExport, tamperWithStore } from './support/tamper';
import { TS_SOURCE_LOADERS } from './support/ts-source-loaders';

const ROOT = join(__dirname, '..');
const CLI = [...TS_SOURCE_LOADERS, 'apps/cli/src/main.ts'];

function cliProcess(env: Record<string, string>, ...args: string[]): Promise<CliOutcome> {
  return promisify(execFile)(process.execPath, [...CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: CliOutcome) => error,
  );
}

describe('cli audit', () => {
  let dir: string;
  let dataDir: string;
  let ids: string[];
  let exported: string;
  const inStore = (...args: string[]) => cliInProcess({ DATA_DIR: dataDir }, ...args);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-audit-'));
    dataDir = join(dir, 'data');
    exported = join(dir, 'all.ndjson');
    ids = await seedStore(join(dataDir, EMBEDDED_STORE_FILE));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies the store and prints the report as JSON', async () => {
    const verified = await inStore('audit', 'verify');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toEqual({
      ok: true,
      streamsChecked: 4,
      eventsChecked: 19,
      failures: [],
      failuresOmitted: 0,
      evidence: { filesChecked: 0, problems: [] },
    });
    expect(verified.stderr).toMatch(/Checked 19 events in 4 streams: the chain is intact/);
  });

  it('exports the whole log to a file, one stored event a line with its chain', async () => {
    const result = await inStore('audit', 'export', '--all', '--out', exported);
    expect(result).toMatchObject({
      code: 0,
      stdout: '',
      stderr: expect.stringMatching(/Exported 19 events of 4 streams/),
    });
    const lines = readFileSync(exported, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(19);
    expect(lines[0]).toEqual({
      stream: 'plan-NHRAP-2021-2025',
      revision: 0,
      position: '1',
      eventId: expect.any(String),
      type: 'PlanRegistered',
      data: expect.any(Object),
      metadata: expect.objectContaining({
        prevHash: '0'.repeat(64),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
      recordedAt: expect.any(String),
    });
    expect((await inStore('audit', 'export', '--all', '--out', exported)).stderr).toMatch(/EEXIST/);
  });

  it("exports one recommendation's stream to stdout, and refuses an unknown or unnamed one", async () => {
    const one = await inStore('audit', 'export', '--id', ids[0]);
    const events = one.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.map((event) => [event.stream, event.revision])).toEqual(
      [0, 1, 2, 3, 4, 5].map((revision) => [recommendationStream(ids[0]), revision]),
    );
    const unknown = await inStore('audit', 'export', '--id', '6a1f2c3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b');
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringMatching(/has no events/) });
    expect(await inStore('audit', 'export')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--id <id> or --all/),
    });
  });

  it('checks an export offline, without opening any store, and exits 2 naming the break when it was altered', async () => {
    const altered = join(dir, 'altered.ndjson');
    copyFileSync(exported, altered);
    tamperWithExport(altered, 'change actor', recommendationStream(ids[2]), 4);
    const nowhere = join(dir, 'no-store-here');
    const intact = await cliInProcess({ DATA_DIR: nowhere }, 'audit', 'verify', '--file', exported);
    expect(intact.code).toBe(0);
    expect(JSON.parse(intact.stdout)).toMatchObject({ ok: true, eventsChecked: 19 });
    const broken = await cliProcess({ DATA_DIR: nowhere }, 'audit', 'verify', '--file', altered);
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.stdout)).toMatchObject({
      ok: false,
      failures: [{ stream: recommendationStream(ids[2]), revision: 4, reason: 'changed_content' }],
    });
    expect(broken.stderr).toMatch(/1 breaks/);
    expect(existsSync(nowhere)).toBe(false);
  }, 30_000);

  it('exits 2 when the store itself was altered, and still passes a stream that was not', async () => {
    tamperWithStore(join(dataDir, EMBEDDED_STORE_FILE), 'delete', recommendationStream(ids[1]), 3);
    const all = await inStore('audit', 'verify');
    expect(all.code).toBe(2);
    expect(JSON.parse(all.stdout).failures).toEqual([
      {
        stream: recommendationStream(ids[1]),
        revision: 3,
        reason: 'missing_event',
        detail: 'revision 3 is not in the log',
      },
    ]);
    const other = await inStore('audit', 'verify', '--id', ids[0]);
    expect(other.code).toBe(0);
    expect(JSON.parse(other.stdout)).toMatchObject({ ok: true, streamsChecked: 1, eventsChecked: 6 });
  });
});
