import { open, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface FileLockOptions {
  timeoutMs?: number;
  /** A lock older than this was left by a crashed writer and is broken. */
  staleMs?: number;
}

const RETRY_MS = 25;

async function removeIfStale(lock: string, staleMs: number): Promise<void> {
  try {
    const { mtimeMs } = await stat(lock);
    if (Date.now() - mtimeMs > staleMs) await rm(lock, { force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Runs `work` while holding `<target>.lock`, so concurrent read-modify-write cycles do not lose updates. */
export async function withFileLock<T>(
  target: string,
  work: () => T | Promise<T>,
  { timeoutMs = 5000, staleMs = 30_000 }: FileLockOptions = {},
): Promise<T> {
  const lock = `${target}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lock, 'wx', 0o600);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline) {
        throw new Error(`${target} is being changed by another process (lock file ${lock}); try again`);
      }
      await removeIfStale(lock, staleMs);
      await sleep(RETRY_MS);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}
