import type { ReadModelDatabase } from './read-model-database';

export interface Checkpoint {
  position: bigint;
  version: number;
}

/** Where each projection has got to in the log; written in the same transaction as its rows. */
export class CheckpointStore {
  constructor(private readonly db: ReadModelDatabase) {
    db.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
      name TEXT PRIMARY KEY,
      position INTEGER NOT NULL,
      version INTEGER NOT NULL
    )`);
  }

  get(name: string): Checkpoint | undefined {
    const row = this.db
      .prepare<[string], { position: bigint; version: bigint }>(
        'SELECT position, version FROM projection_checkpoints WHERE name = ?',
      )
      .get(name);
    return row === undefined ? undefined : { position: row.position, version: Number(row.version) };
  }

  position(name: string): bigint {
    return this.get(name)?.position ?? 0n;
  }

  set(name: string, checkpoint: Checkpoint): void {
    this.db
      .prepare<[string, bigint, number]>(
        `INSERT INTO projection_checkpoints (name, position, version) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET position = excluded.position, version = excluded.version`,
      )
      .run(name, checkpoint.position, checkpoint.version);
  }
}
