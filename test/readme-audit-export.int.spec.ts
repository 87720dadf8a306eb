import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SqliteEventStore } from '@app/event-store';
import { loadDemo } from '../apps/cli/src/demo/demo-loader';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');
const SECTION = '### Exporting the log for auditors';

/** The shell lines of the first `sh` block under the README's export section, exactly as a reader copies them. */
function readmeExportCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(SECTION));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (readme.indexOf(SECTION) < 0 || block === null)
    throw new Error(`README.md has no sh block under ${SECTION}`);
  return block[1].split('\n').filter((line) => line.trim() !== '');
}

describe("the README's audit export and verify commands", () => {
  const work = mkdtempSync(join(tmpdir(), 'readme-export-'));
  const dataDir = join(work, 'data');
  beforeAll(async () => {
    await run('npm', ['run', '-s', 'build'], { cwd: ROOT });
    // A copy of the project's face (package.json, the build, the packages), so the export lands in a scratch folder.
    for (const entry of ['package.json', 'dist', 'node_modules'])
      symlinkSync(join(ROOT, entry), join(work, entry));
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    // Through the command handlers, so every event carries its link in the hash chain.
    await loadDemo(store, { dataDir });
    await store.close();
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('export the log and verify the file as intact, run exactly as written', async () => {
    const commands = readmeExportCommands();
    expect(commands).toEqual([
      expect.stringContaining('audit export'),
      expect.stringContaining('audit verify'),
    ]);
    const outputs: string[] = [];
    for (const command of commands) {
      const { stdout } = await run('sh', ['-c', command], {
        cwd: work,
        env: { ...process.env, DATA_DIR: dataDir },
      });
      outputs.push(stdout);
    }
    const exported = readFileSync(join(work, 'log.ndjson'), 'utf8').trim().split('\n');
    expect(exported.every((line) => line.startsWith('{"stream":'))).toBe(true);
    expect(JSON.parse(outputs[1])).toMatchObject({ ok: true, eventsChecked: exported.length });
  }, 60_000);
});
