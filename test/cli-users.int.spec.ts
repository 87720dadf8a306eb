import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UserDirectory } from '@app/users';
import { TS_SOURCE_LOADERS } from './support/ts-source-loaders';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');
const CLI = [...TS_SOURCE_LOADERS, 'apps/cli/src/main.ts'];

describe('cli users', () => {
  let dataDir: string;
  const cli = (...args: string[]) =>
    run(process.execPath, [...CLI, ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir } });
  const failure = (...args: string[]) =>
    cli(...args).then(
      () => {
        throw new Error('expected the command to fail');
      },
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cli-users-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds a user and prints only its new token, which then authenticates', async () => {
    const { stdout } = await cli(
      'users',
      'add',
      '--id',
      'amina',
      '--name',
      'Amina K.',
      '--role',
      'secretariat,auditor',
    );
    const token = stdout.trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const directory = new UserDirectory(join(dataDir, 'users.json'));
    expect(directory.authenticate(token)).toEqual({
      id: 'amina',
      name: 'Amina K.',
      roles: ['secretariat', 'auditor'],
    });
    expect(readFileSync(join(dataDir, 'users.json'), 'utf8')).not.toContain(token);
  }, 30_000);

  it('accepts --role repeated', async () => {
    const { stdout } = await cli(
      'users',
      'add',
      '--id',
      'rita',
      '--name',
      'Rita',
      '--role',
      'reviewer',
      '--role',
      'reporter',
    );
    expect(new UserDirectory(join(dataDir, 'users.json')).authenticate(stdout.trim())?.roles).toEqual([
      'reviewer',
      'reporter',
    ]);
  }, 30_000);

  it('refuses an unknown role or a duplicate id, and says why', async () => {
    const unknown = await failure('users', 'add', '--id', 'bob', '--name', 'Bob', '--role', 'boss');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(
      /unknown role "boss"; roles are secretariat, reviewer, auditor, reporter, admin/,
    );
    const duplicate = await failure('users', 'add', '--id', 'amina', '--name', 'Again', '--role', 'reviewer');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/a user with id "amina" already exists/);
    expect(duplicate.stdout).toBe('');
  }, 30_000);

  it('lists ids, names and roles, never hashes', async () => {
    const { stdout } = await cli('users', 'list', '--json');
    expect(JSON.parse(stdout)).toEqual([
      { id: 'amina', name: 'Amina K.', roles: ['secretariat', 'auditor'] },
      { id: 'rita', name: 'Rita', roles: ['reviewer', 'reporter'] },
    ]);
    const table = await cli('users', 'list');
    expect(table.stdout).toBe('amina\tAmina K.\tsecretariat,auditor\nrita\tRita\treviewer,reporter\n');
    expect(table.stdout + table.stderr).not.toMatch(/[0-9a-f]{64}/);
  }, 30_000);
});
