import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Role } from '@app/recommendations';
import { withFileLock } from './file-lock';
import { generateToken, hashToken } from './user-token';
import { InvalidUserError } from './users.errors';
import { readUsersFile, writeUsersFile } from './users-file.io';
import { identityProblems, institutionProblems } from './users-file.schema';

export interface NewUser {
  readonly id: string;
  readonly name: string;
  /** Checked against the role list, since it usually comes from a command line. */
  readonly roles: readonly string[];
  /** Required for a focal_point, refused for anyone else. */
  readonly institution?: string;
}

/** Adds a user with a new token and returns that token, which is stored only as its hash. */
export async function addUser(path: string, user: NewUser): Promise<string> {
  const id = user.id.trim();
  const name = user.name.trim();
  const institution = user.institution?.trim();
  const problems = [
    ...identityProblems(id, name, user.roles, ''),
    ...institutionProblems(user.roles, institution, ''),
  ];
  if (problems.length > 0) throw new InvalidUserError(id, problems);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  return withFileLock(path, () => {
    const { users } = existsSync(path) ? readUsersFile(path) : { users: [] };
    if (users.some((existing) => existing.id === id)) {
      throw new InvalidUserError(id, [`a user with id ${JSON.stringify(id)} already exists in ${path}`]);
    }
    const token = generateToken();
    const roles = user.roles as readonly Role[];
    const added = { id, name, roles, ...(institution === undefined ? {} : { institution }) };
    writeUsersFile(path, { users: [...users, { ...added, tokenSha256: hashToken(token) }] });
    return token;
  });
}
