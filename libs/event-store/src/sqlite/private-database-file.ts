import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/** SQLite creates a database's `-wal` and `-shm` with the database file's own mode. */
const COMPANIONS = ['', '-wal', '-shm'];

function chmodIfPresent(path: string): void {
  try {
    chmodSync(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Makes `file` and its companions readable by their owner only, whatever the umask or an earlier run left: the
 * log and the read models hold everything the commission recorded. A directory it creates is 0700.
 */
export function restrictDatabaseFile(file: string): void {
  if (file === ':memory:') return;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // Created 0600 before SQLite opens it, so its journal files are born 0600 too.
  closeSync(openSync(file, 'a', 0o600));
  for (const suffix of COMPANIONS) chmodIfPresent(`${file}${suffix}`);
}
