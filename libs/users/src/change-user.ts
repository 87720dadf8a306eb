import { withFileLock } from './file-lock';
import { generateToken, hashToken } from './user-token';
import { InvalidUserError, UserChangeRefusedError } from './users.errors';
import { readUsersFile, writeUsersFile } from './users-file.io';
import { institutionProblems, type UserRecord } from './users-file.schema';

type Change = (user: UserRecord) => UserRecord | undefined;

const isEnabledAdmin = (user: UserRecord): boolean => !user.disabled && user.roles.includes('admin');

/**
 * Applies `change` to one user under the file lock (undefined removes them) and writes the file atomically; the
 * API re-reads it within a second. Nobody may lock the admins out: the last enabled admin stays.
 */
async function changeUser(path: string, id: string, change: Change): Promise<void> {
  await withFileLock(path, () => {
    const { users } = readUsersFile(path);
    const index = users.findIndex((user) => user.id === id);
    if (index < 0)
      throw new UserChangeRefusedError(id, `there is no user with id ${JSON.stringify(id)} in ${path}`);
    const changed = change(users[index]);
    const next = [...users.slice(0, index), ...(changed ? [changed] : []), ...users.slice(index + 1)];
    if (users.some(isEnabledAdmin) && !next.some(isEnabledAdmin)) {
      throw new UserChangeRefusedError(
        id,
        `${JSON.stringify(id)} is the last enabled admin; add or enable another admin first`,
      );
    }
    writeUsersFile(path, { users: next });
  });
}

export const removeUser = (path: string, id: string): Promise<void> => changeUser(path, id, () => undefined);

/** Enabling a user clears the flag rather than storing `false`, so the file stays as `users add` writes it. */
export const setUserDisabled = (path: string, id: string, disabled: boolean): Promise<void> =>
  changeUser(path, id, ({ disabled: _previous, ...user }) => (disabled ? { ...user, disabled } : user));

/** Gives the user a new token and answers it; the old one stops working as soon as the file is re-read. */
export async function rotateToken(path: string, id: string): Promise<string> {
  const token = generateToken();
  await changeUser(path, id, (user) => ({ ...user, tokenSha256: hashToken(token) }));
  return token;
}

/** Ties a focal point to the institution they report for (or moves them to another one). */
export const setUserInstitution = (path: string, id: string, institution: string): Promise<void> =>
  changeUser(path, id, (user) => {
    const problems = institutionProblems(user.roles, institution.trim(), '');
    if (problems.length > 0) throw new InvalidUserError(id, problems);
    return { ...user, institution: institution.trim() };
  });
