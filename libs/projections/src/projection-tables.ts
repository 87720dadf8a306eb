import { randomBytes } from 'node:crypto';
import type { CheckpointStore } from './checkpoint-store';
import type { Projection } from './projection';
import type { ReadModelDatabase } from './read-model-database';
import { createTableSql, dropTableSql, physicalName, quoteName, type TableTarget } from './table-ddl';

/** Creates, drops and swaps a projection's tables; every method runs inside the caller's transaction. */
export class ProjectionTables {
  constructor(
    private readonly db: ReadModelDatabase,
    private readonly checkpoints: CheckpointStore,
  ) {}

  /** Creates the live tables at position 0 when they are missing or were built by another version. */
  ensureLive(projection: Projection): boolean {
    const checkpoint = this.checkpoints.get(projection.name);
    if (checkpoint?.version === projection.version && this.exist(projection, 'live')) return false;
    this.drop(projection, 'live');
    this.create(projection, 'live');
    this.checkpoints.set(projection.name, { position: 0n, version: projection.version });
    return true;
  }

  create(projection: Projection, target: TableTarget): void {
    const generation = randomBytes(4).toString('hex');
    for (const table of projection.tables) {
      for (const sql of createTableSql(table, target, generation)) this.db.exec(sql);
    }
  }

  drop(projection: Projection, target: TableTarget): void {
    for (const table of projection.tables) this.db.exec(dropTableSql(table, target));
  }

  /** Replaces the live tables by the shadow ones; readers see either all old or all new rows. */
  swap(projection: Projection): void {
    this.drop(projection, 'live');
    for (const table of projection.tables) {
      this.db.exec(
        `ALTER TABLE ${quoteName(physicalName(table.name, 'shadow'))} RENAME TO ${quoteName(table.name)}`,
      );
    }
  }

  private exist(projection: Projection, target: TableTarget): boolean {
    const found = this.db.prepare<[string], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
    );
    return projection.tables.every((table) => found.get(physicalName(table.name, target)) !== undefined);
  }
}
