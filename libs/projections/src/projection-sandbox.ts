import type { RecordedEvent } from '@app/event-store';
import type { Projection, Row } from './projection';
import { ReadModelDatabase } from './read-model-database';
import { createTableSql, quoteName } from './table-ddl';
import { TableWriter } from './table-writer';

/** Every row of a table in a stable order (FTS tables with their rowid), for comparisons. */
export function tableRows(db: ReadModelDatabase, projection: Projection, table: string): Row[] {
  const definition = projection.tables.find((t) => t.name === table);
  if (!definition) throw new Error(`Projection ${projection.name} has no table ${table}`);
  const sql = definition.fts5
    ? `SELECT rowid, * FROM ${quoteName(table)} ORDER BY rowid`
    : `SELECT * FROM ${quoteName(table)} ORDER BY ${columnOrder(db, table)}`;
  return db.prepare<[], Row>(sql).all();
}

function columnOrder(db: ReadModelDatabase, table: string): string {
  const count = db.prepare<[], { cid: bigint }>(`PRAGMA table_info(${quoteName(table)})`).all().length;
  return Array.from({ length: count }, (_, i) => String(i + 1)).join(', ');
}

/** A projection's tables in a private in-memory database, written by the runtime's own writer: for unit tests. */
export class ProjectionSandbox {
  readonly db = new ReadModelDatabase(':memory:');
  private readonly writer: TableWriter;

  constructor(private readonly projection: Projection) {
    for (const table of projection.tables) {
      for (const sql of createTableSql(table, 'live', 'sandbox')) this.db.exec(sql);
    }
    this.writer = new TableWriter(this.db, projection, 'live');
  }

  apply(events: readonly RecordedEvent[]): void {
    this.db.write(() => {
      for (const event of events) {
        if (this.projection.handles(event)) this.writer.apply(this.projection.project(event, this.writer));
      }
    });
  }

  /** Rows with integers as numbers, so expectations read naturally. */
  rows(table: string): Record<string, string | number | null>[] {
    return tableRows(this.db, this.projection, table).map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          typeof value === 'bigint' ? Number(value) : value,
        ]),
      ),
    );
  }

  close(): void {
    this.db.close();
  }
}
