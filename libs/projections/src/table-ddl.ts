import type { TableDefinition } from './projection';

/** Live tables answer reads; shadow tables are where a rebuild writes until the swap. */
export type TableTarget = 'live' | 'shadow';

export const quoteName = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export const physicalName = (table: string, target: TableTarget): string =>
  target === 'live' ? table : `${table}__shadow`;

/** Index names carry the build's generation, because an index keeps its name when its table is renamed. */
export function createTableSql(
  definition: TableDefinition,
  target: TableTarget,
  generation: string,
): string[] {
  const table = quoteName(physicalName(definition.name, target));
  const create = definition.fts5
    ? `CREATE VIRTUAL TABLE ${table} USING fts5(${definition.columns})`
    : `CREATE TABLE ${table} (${definition.columns})${definition.withoutRowid ? ' WITHOUT ROWID' : ''}`;
  const indexes = (definition.indexes ?? []).map(
    (columns, i) =>
      `CREATE INDEX ${quoteName(`${definition.name}__${generation}__${i}`)} ON ${table} (${columns})`,
  );
  return [create, ...indexes];
}

export const dropTableSql = (definition: TableDefinition, target: TableTarget): string =>
  `DROP TABLE IF EXISTS ${quoteName(physicalName(definition.name, target))}`;
