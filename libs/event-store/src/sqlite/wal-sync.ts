import { closeSync, fdatasync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Makes a database's WAL durable off the event loop: the connection commits with synchronous=NORMAL (no fsync inside
 * COMMIT), then the WAL file is fdatasync'ed on libuv's thread pool, which covers every frame committed before it.
 */
export class WalSync {
  private readonly fd: number;

  /** The WAL must already exist: opening the database in WAL mode and reading its schema creates it. */
  constructor(databaseFile: string) {
    this.fd = openSync(`${databaseFile}-wal`, 'r');
    // The WAL's directory entry must be durable as well, or a new WAL could vanish with what it holds.
    const dir = openSync(dirname(databaseFile), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  }

  sync(): Promise<void> {
    return new Promise((resolve, reject) =>
      fdatasync(this.fd, (error) => (error ? reject(error) : resolve())),
    );
  }

  close(): void {
    closeSync(this.fd);
  }
}
