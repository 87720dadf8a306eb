import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TS_SOURCE_LOADERS } from './support/ts-source-loaders';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');
const CLI = [...TS_SOURCE_LOADERS, 'apps/cli/src/main.ts'];
const FIXTURES = join(__dirname, 'fixtures/imports');

describe('cli import', () => {
  let dataDir: string;
  const cli = (...args: string[]) =>
    run(process.execPath, [...CLI, ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir } }).then(
      (done) => ({ code: 0, stdout: done.stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cli-import-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('given the UHRI sample, a dry run then a commit print the report, exit 1 for its failed rows, and a re-import changes nothing', async () => {
    const file = join(FIXTURES, 'uhri.utf8.crlf.csv');

    const dry = await cli('import', file, '--profile', 'uhri', '--dry-run');
    const commit = await cli('import', file, '--profile', 'uhri');
    const again = await cli('import', file, '--profile', 'uhri');

    expect(dry.code).toBe(1);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, rows: 9, recommendations: { created: 6 } });
    expect(JSON.parse(commit.stdout)).toMatchObject({
      dryRun: false,
      recommendations: { created: 6, failed: 0 },
    });
    expect(JSON.parse(again.stdout).recommendations).toEqual({
      created: 0,
      updated: 0,
      unchanged: 6,
      failed: 0,
    });
  }, 120_000);

  it('given a file that is not CSV or XLSX, exits 2 with the code', async () => {
    const refused = await cli('import', join(FIXTURES, 'bad.pdf'), '--profile', 'uhri');

    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).code).toBe('IMPORT.UNSUPPORTED_FORMAT');
  }, 60_000);
});
