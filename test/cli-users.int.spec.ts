import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UserDirectory } from '@app/users';
import { cliInProcess } from './support/cli-in-process';
import { TS_SOURCE_LOADERS } from './support/ts-source-loaders';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');
const CLI = [...TS_SOURCE_LOADERS, 'apps/cli/src/main.ts'];

describe('cli users', () => {
  let dataDir: string;
  /** The real process, for what only it shows: that stdout carries the token and nothing else. */
  const cliProcess = (...args: string[]) =>
    run(process.execPath, [...CLI, ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir } });
  // The rest in this process: a child process costs seconds each, most of this file's time on a busy machine.
  const cli = async (...args: string[]) => {
    const outcome = await cliInProcess({ DATA_DIR: dataDir }, ...args);
    if (outcome.code !== 0) throw outcome;
    return outcome;
  };
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
    const { stdout } = await cliProcess(
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
      /unknown role "boss"; roles are secretariat, reviewer, auditor, reporter, focal_point, admin/,
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

  const usersFile = () => join(dataDir, 'users.json');

  it('adds a focal point with the institution they report for, moves them, and refuses one without it', async () => {
    // In this process: five commands in child processes cost more than the test's time on a busy machine.
    const inProcess = (...args: string[]) => cliInProcess({ DATA_DIR: dataDir }, ...args);
    const added = ['users', 'add', '--id', 'merjen', '--name', 'Merjen', '--role', 'focal_point'];
    const missing = await inProcess(...added);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/institution: a focal_point must name the institution they report for/);
    const token = (await inProcess(...added, '--institution', 'ministry-of-justice')).stdout.trim();
    expect((await inProcess('users', 'set-institution', 'merjen', 'ombudsperson')).code).toBe(0);
    expect(new UserDirectory(usersFile()).authenticate(token)?.institution).toBe('ombudsperson');
    const listed = JSON.parse((await inProcess('users', 'list', '--json')).stdout) as { id: string }[];
    expect(listed.find((user) => user.id === 'merjen')).toEqual({
      id: 'merjen',
      name: 'Merjen',
      roles: ['focal_point'],
      institution: 'ombudsperson',
    });
    expect((await inProcess('users', 'remove', 'merjen')).code).toBe(0);
  });
  const whoHolds = (token: string) => new UserDirectory(usersFile()).authenticate(token)?.id;

  it('rotates a token: prints the new one once, and the old one no longer authenticates', async () => {
    const old = (
      await cli('users', 'add', '--id', 'olga', '--name', 'Olga', '--role', 'reporter')
    ).stdout.trim();
    const { stdout, stderr } = await cli('users', 'rotate', 'olga');
    const fresh = stdout.trim();
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stderr).toMatch(/olga/);
    expect(whoHolds(fresh)).toBe('olga');
    expect(whoHolds(old)).toBeUndefined();
    expect(readFileSync(usersFile(), 'utf8')).not.toContain(fresh);
  }, 30_000);

  it('disables a user, who then cannot sign in, and enables them again; list shows who is disabled', async () => {
    const token = (
      await cli('users', 'add', '--id', 'dina', '--name', 'Dina', '--role', 'reviewer')
    ).stdout.trim();
    await cli('users', 'disable', 'dina');
    expect(whoHolds(token)).toBeUndefined();
    expect((await cli('users', 'list')).stdout).toContain('dina\tDina\treviewer\tdisabled\n');
    expect(JSON.parse((await cli('users', 'list', '--json')).stdout)).toContainEqual({
      id: 'dina',
      name: 'Dina',
      roles: ['reviewer'],
      disabled: true,
    });
    await cli('users', 'enable', 'dina');
    expect(whoHolds(token)).toBe('dina');
  }, 30_000);

  it('removes a user, whose token then authenticates nobody', async () => {
    const token = (
      await cli('users', 'add', '--id', 'remy', '--name', 'Remy', '--role', 'reviewer')
    ).stdout.trim();
    await cli('users', 'remove', 'remy');
    expect(whoHolds(token)).toBeUndefined();
    expect((await cli('users', 'list')).stdout).not.toContain('remy');
  }, 30_000);

  it('refuses to remove or disable the last enabled admin, or to touch a user who does not exist', async () => {
    const admin = (
      await cli('users', 'add', '--id', 'root', '--name', 'Root', '--role', 'admin')
    ).stdout.trim();
    for (const command of ['remove', 'disable']) {
      const refused = await failure('users', command, 'root');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/"root" is the last enabled admin/);
    }
    expect(whoHolds(admin)).toBe('root');
    const unknown = await failure('users', 'rotate', 'nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no user with id "nobody"/);
    expect(unknown.stdout).toBe('');
  }, 30_000);

  it('lets the last admin go once another admin is enabled', async () => {
    await cli('users', 'add', '--id', 'root2', '--name', 'Root Two', '--role', 'admin');
    await cli('users', 'disable', 'root');
    const refused = await failure('users', 'remove', 'root2');
    expect(refused.stderr).toMatch(/"root2" is the last enabled admin/);
    await cli('users', 'remove', 'root');
    expect(
      JSON.parse((await cli('users', 'list', '--json')).stdout).map((u: { id: string }) => u.id),
    ).toContain('root2');
  }, 60_000);
});
