import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { withFileLock } from './file-lock';
import type { User } from './users-file.schema';
import { generateToken, hashToken } from './user-token';
import { writeUsersFile } from './users-file.io';

export const FIRST_ADMIN: User = { id: 'admin', name: 'Administrator', roles: ['admin'] };

/** When `created`, the plain `token` exists nowhere else: the caller shows it once. */
export type EnsureUsersFileResult =
  { readonly created: false } | { readonly created: true; readonly user: User; readonly token: string };

/** Creates the users file with one admin when it does not exist yet; an existing file is left untouched. */
export async function ensureUsersFile(path: string): Promise<EnsureUsersFileResult> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  return withFileLock(path, () => {
    if (existsSync(path)) return { created: false };
    const token = generateToken();
    writeUsersFile(path, { users: [{ ...FIRST_ADMIN, tokenSha256: hashToken(token) }] });
    return { created: true, user: FIRST_ADMIN, token };
  });
}
