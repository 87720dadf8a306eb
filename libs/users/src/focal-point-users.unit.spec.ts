import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser } from './add-user';
import { setUserInstitution } from './change-user';
import { ensureUsersFile } from './ensure-users-file';
import { UserDirectory } from './user-directory';
import { hashToken } from './user-token';
import { InvalidUserError, UsersFileError } from './users.errors';

describe('focal points in the users file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'focal-points-'));
    file = join(dir, 'users.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are added with the institution they report for, which the directory answers', async () => {
    await ensureUsersFile(file);
    const token = await addUser(file, {
      id: 'merjen',
      name: 'Merjen',
      roles: ['focal_point'],
      institution: ' ministry-of-justice ',
    });
    expect(new UserDirectory(file).authenticate(token)).toEqual({
      id: 'merjen',
      name: 'Merjen',
      roles: ['focal_point'],
      institution: 'ministry-of-justice',
    });
  });

  it.each([
    [{ roles: ['focal_point'] }, /institution: a focal_point must name the institution/],
    [
      { roles: ['reviewer'], institution: 'ministry-of-justice' },
      /only a focal_point is tied to an institution/,
    ],
    [{ roles: ['focal_point'], institution: 'a b' }, /institution: must be an institution id/],
  ])('refuses %j and writes nothing', async (fields, message) => {
    await ensureUsersFile(file);
    const before = readFileSync(file, 'utf8');
    const attempt = addUser(file, { id: 'bob', name: 'Bob', ...fields });
    await expect(attempt).rejects.toThrow(InvalidUserError);
    await expect(attempt).rejects.toThrow(message);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('can be moved to another institution; other users cannot be tied to one', async () => {
    await ensureUsersFile(file);
    const token = await addUser(file, { id: 'merjen', name: 'M', roles: ['focal_point'], institution: 'a' });
    await setUserInstitution(file, 'merjen', 'ombudsperson');
    expect(new UserDirectory(file).authenticate(token)?.institution).toBe('ombudsperson');
    await expect(setUserInstitution(file, 'admin', 'ombudsperson')).rejects.toThrow(
      /only a focal_point is tied to an institution/,
    );
  });

  it('make a file with a focal point lacking an institution unusable, naming the entry', () => {
    const user = { id: 'a', name: 'A', roles: ['focal_point'], tokenSha256: hashToken('t') };
    writeFileSync(file, JSON.stringify({ users: [user] }));
    expect(() => new UserDirectory(file)).toThrow(UsersFileError);
    expect(() => new UserDirectory(file)).toThrow(/users\[0\]\.institution: a focal_point must name/);
  });
});
