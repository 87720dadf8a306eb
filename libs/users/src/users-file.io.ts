import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { UsersFileError } from './users.errors';
import { validateUsersFile, type UsersFileContent } from './users-file.schema';

/** Reads and validates the users file; a missing, unreadable or invalid file is a `UsersFileError`. */
export function readUsersFile(path: string): UsersFileContent {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsersFileError(path, [
      code === 'ENOENT' ? 'the file does not exist' : `cannot be read (${(error as Error).message})`,
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsersFileError(path, [`is not valid JSON (${(error as Error).message})`]);
  }
  const result = validateUsersFile(parsed);
  if ('problems' in result) throw new UsersFileError(path, result.problems);
  return result;
}

/** Writes the whole file to a temporary sibling and renames it over, so a reader never sees half a file. */
export function writeUsersFile(path: string, content: UsersFileContent): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  // Fields in a fixed order, optional ones only when set, so the file reads the same whoever wrote it.
  const users = content.users.map(({ id, name, roles, institution, tokenSha256, disabled }) => ({
    id,
    name,
    roles,
    ...(institution === undefined ? {} : { institution }),
    tokenSha256,
    ...(disabled ? { disabled } : {}),
  }));
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify({ users }, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
