import type Database from 'better-sqlite3';
import type { Projection, ReadView, Row, Write } from './projection';
import type { ReadModelDatabase } from './read-model-database';
import { physicalName, quoteName, type TableTarget } from './table-ddl';

/** Turns a projection's writes into SQL on its live or its shadow tables. */
export class TableWriter implements ReadView {
  private readonly tables: ReadonlyMap<string, string>;
  /** Keyed by the write's shape; building SQL text per write would cost more than running it. */
  private readonly statements = new Map<string, Database.Statement<[Row]>>();
  private readonly reads = new Map<string, Database.Statement<[Row], Row>>();

  constructor(
    private readonly db: ReadModelDatabase,
    projection: Projection,
    target: TableTarget,
  ) {
    this.tables = new Map(projection.tables.map((t) => [t.name, quoteName(physicalName(t.name, target))]));
  }

  apply(writes: readonly Write[]): void {
    for (const write of writes) {
      switch (write.kind) {
        case 'insert':
          this.statement('insert', write.table, Object.keys(write.row), []).run(write.row);
          break;
        case 'upsert':
          this.statement('upsert', write.table, Object.keys(write.row), write.key).run(write.row);
          break;
        case 'update':
          if (Object.keys(write.set).length === 0) break;
          this.statement('update', write.table, Object.keys(write.set), Object.keys(write.where)).run(
            prefixed(write.set, write.where),
          );
          break;
        case 'delete':
          this.statement('delete', write.table, Object.keys(write.where), []).run(write.where);
          break;
        default: {
          const _never: never = write;
          throw new Error(`Unknown write ${JSON.stringify(_never)}`);
        }
      }
    }
  }

  get(table: string, where: Row): Row | undefined {
    const columns = Object.keys(where);
    const shape = `get\n${table}\n${columns.join(',')}`;
    let statement = this.reads.get(shape);
    if (!statement) {
      statement = this.db.prepare<[Row], Row>(
        `SELECT * FROM ${this.table(table)} WHERE ${matches(columns)} LIMIT 1`,
      );
      this.reads.set(shape, statement);
    }
    return statement.get(where);
  }

  private statement(
    kind: Write['kind'],
    table: string,
    columns: readonly string[],
    key: readonly string[],
  ): Database.Statement<[Row]> {
    const shape = `${kind}\n${table}\n${columns.join(',')}\n${key.join(',')}`;
    let statement = this.statements.get(shape);
    if (!statement) {
      statement = this.compile(kind, table, columns, key);
      this.statements.set(shape, statement);
    }
    return statement;
  }

  private compile(
    kind: Write['kind'],
    table: string,
    columns: readonly string[],
    key: readonly string[],
  ): Database.Statement<[Row]> {
    const name = this.table(table);
    const list = columns.map(quoteName).join(', ');
    const values = columns.map((c) => `@${c}`).join(', ');
    const updates = columns
      .filter((c) => !key.includes(c))
      .map((c) => `${quoteName(c)} = excluded.${quoteName(c)}`);
    if (kind === 'update') {
      const set = columns.map((c) => `${quoteName(c)} = @set_${c}`).join(', ');
      const where = key.map((c) => `${quoteName(c)} = @where_${c}`).join(' AND ');
      return this.db.prepare<[Row]>(`UPDATE ${name} SET ${set} WHERE ${where}`);
    }
    const sql =
      kind === 'delete'
        ? `DELETE FROM ${name} WHERE ${matches(columns)}`
        : kind === 'insert'
          ? `INSERT INTO ${name} (${list}) VALUES (${values})`
          : `INSERT INTO ${name} (${list}) VALUES (${values}) ON CONFLICT (${key.map(quoteName).join(', ')}) DO ${
              updates.length === 0 ? 'NOTHING' : `UPDATE SET ${updates.join(', ')}`
            }`;
    return this.db.prepare<[Row]>(sql);
  }

  private table(name: string): string {
    const physical = this.tables.get(name);
    if (physical === undefined)
      throw new Error(`The projection writes to ${name}, a table it does not declare`);
    return physical;
  }
}

const matches = (columns: readonly string[]): string =>
  columns.map((c) => `${quoteName(c)} = @${c}`).join(' AND ') || '1 = 1';

/** An update binds a column twice at most (set and where), so each side gets its own parameter names. */
function prefixed(set: Row, where: Row): Row {
  const params: Record<string, Row[string]> = {};
  for (const [column, value] of Object.entries(set)) params[`set_${column}`] = value;
  for (const [column, value] of Object.entries(where)) params[`where_${column}`] = value;
  return params;
}
