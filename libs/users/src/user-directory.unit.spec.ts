import { timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser } from './add-user';
import { UserDirectory } from './user-directory';
import { hashToken } from './user-token';

jest.mock('node:crypto', () => {
  const actual = jest.requireActual<typeof import('node:crypto')>('node:crypto');
  return { ...actual, timingSafeEqual: jest.fn(actual.timingSafeEqual) };
});

const record = (id: string, token: string, roles: string[] = ['reviewer']) => ({
  id,
  name: id.toUpperCase(),
  roles,
  tokenSha256: hashToken(token),
});

describe('UserDirectory', () => {
  let dir: string;
  let file: string;
  let now: number;
  const clock = () => now;
  const write = (users: unknown[]) => writeFileSync(file, JSON.stringify({ users }));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'user-directory-'));
    file = join(dir, 'users.json');
    now = 1_000_000;
    write([record('amina', 'token-a', ['secretariat']), record('bo', 'token-b'), record('chen', 'token-c')]);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the user holding the token', () => {
    const directory = new UserDirectory(file);
    expect(directory.authenticate('token-b')).toEqual({ id: 'bo', name: 'BO', roles: ['reviewer'] });
    expect(directory.authenticate('token-a')?.id).toBe('amina');
    expect(directory.authenticate('token-c')?.id).toBe('chen');
  });

  it.each(['', 'token', 'token-a ', 'TOKEN-A', hashToken('token-a')])('refuses the token %j', (token) => {
    expect(new UserDirectory(file).authenticate(token)).toBeUndefined();
  });

  it('compares the token with every user in constant time, whoever matches', () => {
    const directory = new UserDirectory(file);
    const compare = jest.mocked(timingSafeEqual);
    for (const token of ['token-a', 'token-c', 'nobody']) {
      compare.mockClear();
      directory.authenticate(token);
      expect(compare).toHaveBeenCalledTimes(3);
    }
  });

  it('picks up a user added by another writer once the file is next checked', async () => {
    const directory = new UserDirectory(file, { now: clock, recheckMs: 1000 });
    const token = await addUser(file, { id: 'dana', name: 'Dana', roles: ['auditor'] });
    now += 500;
    expect(directory.authenticate(token)).toBeUndefined();
    now += 500;
    expect(directory.authenticate(token)).toEqual({ id: 'dana', name: 'Dana', roles: ['auditor'] });
  });

  it('drops a user removed by another writer', () => {
    const directory = new UserDirectory(file, { now: clock });
    write([record('amina', 'token-a', ['secretariat'])]);
    now += 1000;
    expect(directory.authenticate('token-b')).toBeUndefined();
    expect(directory.list().map((user) => user.id)).toEqual(['amina']);
  });

  it('authenticates nobody while the file is invalid or missing, says why once, and recovers', () => {
    const problems: string[] = [];
    const directory = new UserDirectory(file, { now: clock, onProblem: (message) => problems.push(message) });
    writeFileSync(file, '{ "users": [ {');
    for (let check = 0; check < 3; check += 1) {
      now += 1000;
      expect(directory.authenticate('token-a')).toBeUndefined();
    }
    unlinkSync(file);
    now += 1000;
    expect(directory.authenticate('token-a')).toBeUndefined();
    expect(problems).toEqual([
      expect.stringMatching(/users\.json cannot be used:\n {2}- is not valid JSON/),
      expect.stringMatching(/users\.json does not exist: nobody can sign in/),
    ]);
    write([record('amina', 'token-a', ['secretariat'])]);
    now += 1000;
    expect(directory.authenticate('token-a')?.id).toBe('amina');
  });

  it('starts with nobody when the file does not exist yet', () => {
    unlinkSync(file);
    const problems: string[] = [];
    const directory = new UserDirectory(file, { now: clock, onProblem: (message) => problems.push(message) });
    expect(directory.list()).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('never exposes token hashes', () => {
    const listed = JSON.stringify(new UserDirectory(file).list());
    expect(listed).not.toContain('tokenSha256');
    expect(listed).not.toContain(hashToken('token-a'));
  });
});
