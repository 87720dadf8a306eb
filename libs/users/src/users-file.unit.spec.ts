import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser } from './add-user';
import { ensureUsersFile } from './ensure-users-file';
import { UserDirectory } from './user-directory';
import { hashToken } from './user-token';
import { InvalidUserError, UsersFileError } from './users.errors';
import { readUsersFile } from './users-file.io';

describe('the users file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'users-file-'));
    file = join(dir, 'nested', 'users.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('on first start', () => {
    it('is created, readable by its owner only, with one admin whose token is returned once', async () => {
      const first = await ensureUsersFile(file);
      if (!first.created) throw new Error('expected the file to be created');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(new UserDirectory(file).authenticate(first.token)).toEqual({
        id: 'admin',
        name: 'Administrator',
        roles: ['admin'],
      });
      const stored = readFileSync(file, 'utf8');
      expect(stored).not.toContain(first.token);
      expect(stored).toContain(hashToken(first.token));
    });

    it('is never created again, so the admin token is never shown again', async () => {
      await ensureUsersFile(file);
      const before = readFileSync(file, 'utf8');
      expect(await ensureUsersFile(file)).toEqual({ created: false });
      expect(readFileSync(file, 'utf8')).toBe(before);
    });
  });

  describe('adding a user', () => {
    it('returns a new token that authenticates as that user, and stores only its hash', async () => {
      await ensureUsersFile(file);
      const token = await addUser(file, {
        id: 'amina',
        name: ' Amina K. ',
        roles: ['secretariat', 'auditor'],
      });
      expect(new UserDirectory(file).authenticate(token)).toEqual({
        id: 'amina',
        name: 'Amina K.',
        roles: ['secretariat', 'auditor'],
      });
      expect(readFileSync(file, 'utf8')).not.toContain(token);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readUsersFile(file).users.map((user) => user.id)).toEqual(['admin', 'amina']);
    });

    it('creates the file when there is none yet, without an admin', async () => {
      await addUser(file, { id: 'ops', name: 'Operations', roles: ['admin'] });
      expect(readUsersFile(file).users.map((user) => user.id)).toEqual(['ops']);
      expect(await ensureUsersFile(file)).toEqual({ created: false });
    });

    it.each([
      [{ id: 'admin', name: 'Again', roles: ['reviewer'] }, /user with id "admin" already exists/],
      [{ id: 'bob', name: 'Bob', roles: ['boss'] }, /unknown role "boss" \(roles are secretariat, reviewer/],
      [{ id: 'bob', name: 'Bob', roles: [] }, /roles: must be a non-empty list/],
      [{ id: 'bob smith', name: 'Bob', roles: ['reviewer'] }, /id: must be 1-64 characters/],
      [{ id: 'bob', name: '  ', roles: ['reviewer'] }, /name: must be a non-empty string/],
    ])('refuses %j with a clear error and writes nothing', async (user, message) => {
      await ensureUsersFile(file);
      const before = readFileSync(file, 'utf8');
      const attempt = addUser(file, user);
      await expect(attempt).rejects.toThrow(InvalidUserError);
      await expect(attempt).rejects.toThrow(message);
      expect(readFileSync(file, 'utf8')).toBe(before);
    });

    it('keeps every user when several are added at once', async () => {
      await ensureUsersFile(file);
      const ids = Array.from({ length: 8 }, (_, index) => `user-${index}`);
      const tokens = await Promise.all(ids.map((id) => addUser(file, { id, name: id, roles: ['reporter'] })));
      const directory = new UserDirectory(file);
      expect(tokens.map((token) => directory.authenticate(token)?.id)).toEqual(ids);
    });
  });

  describe('when malformed', () => {
    const hash = hashToken('t');
    it.each([
      ['text that is not JSON', '{ "users": [', /is not valid JSON/],
      ['no "users" list', '[]', /must be a JSON object with a "users" list/],
      [
        'an unknown role',
        JSON.stringify({ users: [{ id: 'a', name: 'A', roles: ['root'], tokenSha256: hash }] }),
        /users\[0\]\.roles: unknown role "root"/,
      ],
      [
        'a bad hash',
        JSON.stringify({ users: [{ id: 'a', name: 'A', roles: ['admin'], tokenSha256: 'abc' }] }),
        /users\[0\]\.tokenSha256: must be the 64-character hex SHA-256/,
      ],
      [
        'a plain token field',
        JSON.stringify({
          users: [{ id: 'a', name: 'A', roles: ['admin'], token: 'plain', tokenSha256: hash }],
        }),
        /users\[0\]\.token: unknown field/,
      ],
      [
        'a duplicate id',
        JSON.stringify({
          users: [
            { id: 'a', name: 'A', roles: ['admin'], tokenSha256: hash },
            { id: 'a', name: 'B', roles: ['admin'], tokenSha256: hashToken('u') },
          ],
        }),
        /users\[1\]\.id: "a" appears twice/,
      ],
      [
        'a token shared by two users',
        JSON.stringify({
          users: [
            { id: 'a', name: 'A', roles: ['admin'], tokenSha256: hash },
            { id: 'b', name: 'B', roles: ['admin'], tokenSha256: hash },
          ],
        }),
        /users\[1\]\.tokenSha256: the same token is given to two users/,
      ],
    ])('a file with %s is refused with an error naming the file and the problem', (_label, text, problem) => {
      const flat = join(dir, 'users.json');
      writeFileSync(flat, text);
      const open = () => new UserDirectory(flat);
      expect(open).toThrow(UsersFileError);
      expect(open).toThrow(`Users file ${flat} cannot be used`);
      expect(open).toThrow(problem);
    });
  });
});
