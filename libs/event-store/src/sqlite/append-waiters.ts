export interface WaitToken {
  appendCount: number;
  externalVersion: number;
}

interface Waiter {
  token: WaitToken;
  wake: () => void;
}

/**
 * Wakes live subscribers when the log grows: at once for appends made in this process, and by polling
 * SQLite's data_version (which changes when another connection commits) for appends made by other processes.
 */
export class AppendWaiters {
  private appendCount = 0;
  private readonly waiters = new Set<Waiter>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly externalVersion: () => number,
    private readonly pollMs: number,
  ) {}

  /** Taken before reading, so an append between the read and the wait is never missed. */
  token(): WaitToken {
    return { appendCount: this.appendCount, externalVersion: this.externalVersion() };
  }

  notify(): void {
    this.appendCount++;
    for (const waiter of [...this.waiters]) waiter.wake();
  }

  wait(token: WaitToken, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted || this.hasMoved(token, this.externalVersion())) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter: Waiter = {
        token,
        wake: () => {
          this.waiters.delete(waiter);
          signal?.removeEventListener('abort', waiter.wake);
          if (this.waiters.size === 0) this.stopPolling();
          resolve();
        },
      };
      this.waiters.add(waiter);
      signal?.addEventListener('abort', waiter.wake, { once: true });
      this.startPolling();
    });
  }

  /** Wakes everyone; used on close. */
  wakeAll(): void {
    for (const waiter of [...this.waiters]) waiter.wake();
  }

  private hasMoved(token: WaitToken, externalVersion: number): boolean {
    return token.appendCount !== this.appendCount || token.externalVersion !== externalVersion;
  }

  private startPolling(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      const version = this.externalVersion();
      for (const waiter of [...this.waiters]) {
        if (this.hasMoved(waiter.token, version)) waiter.wake();
      }
    }, this.pollMs);
    this.timer.unref();
  }

  private stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
