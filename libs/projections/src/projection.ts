import type { RecordedEvent } from '@app/event-store';

/** A value SQLite stores as is; integers read back as bigint. */
export type SqlValue = string | number | bigint | null;

export type Row = Readonly<Record<string, SqlValue>>;

/** What a projection asks the runtime to write; the runtime decides which physical table (live or shadow). */
export type Write =
  | { kind: 'insert'; table: string; row: Row }
  /** Inserts, or replaces every other column of the row whose `key` columns match. */
  | { kind: 'upsert'; table: string; key: readonly string[]; row: Row }
  /** Sets only the given columns, so indexes on the others are left alone. */
  | { kind: 'update'; table: string; where: Row; set: Row }
  | { kind: 'delete'; table: string; where: Row };

/** Rows as they stand inside the batch's transaction, earlier writes of the batch included. */
export interface ReadView {
  get(table: string, where: Row): Row | undefined;
}

/** One read-model table, described once so the runtime can create it under a live or a shadow name. */
export interface TableDefinition {
  name: string;
  /** The column list of CREATE TABLE, or the argument list of an FTS5 table when `fts5` is set. */
  columns: string;
  fts5?: boolean;
  /** Stores rows in the primary key's own tree: one tree fewer to write when the key is composite. */
  withoutRowid?: boolean;
  /** One index per entry, each a column list. */
  indexes?: readonly string[];
}

/** A pure handler from event to read-model writes: no clock, no I/O, time comes from the event. */
export interface Projection {
  readonly name: string;
  /** Bumped when the tables or the handler change; a stored model of another version is rebuilt. */
  readonly version: number;
  readonly tables: readonly TableDefinition[];
  handles(event: RecordedEvent): boolean;
  project(event: RecordedEvent, view: ReadView): Write[];
}
