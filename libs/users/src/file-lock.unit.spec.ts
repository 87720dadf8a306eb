import { mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { withFileLock } from './file-lock';

describe('withFileLock', () => {
  let dir: string;
  let target: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'file-lock-'));
    target = join(dir, 'users.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lets one writer in at a time, and releases the lock after', async () => {
    const order: string[] = [];
    const slow = withFileLock(target, async () => {
      order.push('first in');
      await sleep(100);
      order.push('first out');
    });
    await sleep(10);
    await withFileLock(target, () => order.push('second in'));
    await slow;
    expect(order).toEqual(['first in', 'first out', 'second in']);
    expect(existsSync(`${target}.lock`)).toBe(false);
  });

  it('gives up with a clear error when another writer holds the lock too long', async () => {
    writeFileSync(`${target}.lock`, '');
    await expect(withFileLock(target, () => 1, { timeoutMs: 100 })).rejects.toThrow(
      /being changed by another process/,
    );
  });

  it('breaks a lock left behind by a writer that crashed', async () => {
    writeFileSync(`${target}.lock`, '');
    const past = new Date(Date.now() - 60_000);
    utimesSync(`${target}.lock`, past, past);
    await expect(withFileLock(target, () => 'written')).resolves.toBe('written');
  });
});
