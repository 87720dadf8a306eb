import Database from 'better-sqlite3';
import { join } from 'node:path';
import { restrictDatabaseFile } from '@app/event-store';

/** Read models live in their own file beside the embedded store, so dropping them never touches the log. */
export const READ_MODELS_FILE = 'read-models.db';

/** One connection to the read-model file: WAL, so readers in other processes never block the projector. */
export class ReadModelDatabase {
  readonly connection: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly file: string) {
    restrictDatabaseFile(file);
    this.connection = new Database(file, { timeout: 10_000 });
    this.connection.pragma('journal_mode = WAL');
    restrictDatabaseFile(file);
    // The checkpoint commits with the rows, so a lost tail after power loss is replayed, never half-applied.
    this.connection.pragma('synchronous = NORMAL');
    // A catch-up touches the same index pages over and over; 64 MiB of cache keeps them in memory.
    this.connection.pragma('cache_size = -65536');
    this.connection.defaultSafeIntegers(true);
  }

  static inDataDir(dataDir: string): ReadModelDatabase {
    return new ReadModelDatabase(join(dataDir, READ_MODELS_FILE));
  }

  /** Compiled once per SQL text; SQLite recompiles it by itself when a swap changes the schema. */
  prepare<Params extends unknown[] | object = unknown[], Result = Record<string, unknown>>(
    sql: string,
  ): Database.Statement<Params, Result> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement as unknown as Database.Statement<Params, Result>;
  }

  /** Runs `work` on one consistent snapshot. */
  read<T>(work: () => T): T {
    return this.connection.transaction(work).deferred();
  }

  /** Runs `work` holding the write lock from the start, so two processes never deadlock upgrading a read lock. */
  write<T>(work: () => T): T {
    return this.connection.transaction(work).immediate();
  }

  exec(sql: string): void {
    this.connection.exec(sql);
  }

  close(): void {
    if (this.connection.open) this.connection.close();
  }
}
