import { normaliseLabel } from '@app/recommendations';
import { WrongHeaderError } from '../import-file.errors';
import type { ImportProfile } from '../profiles';

/** Which profile column each file column is (by header, case, spaces and punctuation aside); refuses a header missing a required one. */
export const matchHeader = (
  profile: Pick<ImportProfile, 'name' | 'columns'>,
  headerCells: readonly string[],
): ReadonlyMap<number, string> => {
  const byKey = new Map<string, string>();
  for (const column of profile.columns) {
    for (const label of [column.header, ...(column.aliases ?? [])])
      byKey.set(normaliseLabel(label), column.header);
  }
  const columns = new Map<number, string>();
  headerCells.forEach((cell, index) => {
    const header = byKey.get(normaliseLabel(cell));
    if (header !== undefined && ![...columns.values()].includes(header)) columns.set(index, header);
  });
  const found = new Set(columns.values());
  const missing = profile.columns
    .filter((column) => column.required && !found.has(column.header))
    .map((column) => column.header);
  if (missing.length > 0) throw new WrongHeaderError(profile.name, missing);
  return columns;
};

/** The row's cells by profile column, line breaks inside a cell written as "\n" whatever the file used. */
export const cellsOf = (
  columns: ReadonlyMap<number, string>,
  values: readonly string[],
): Map<string, string> => {
  const cells = new Map<string, string>();
  for (const [index, header] of columns) cells.set(header, (values[index] ?? '').replace(/\r\n?/g, '\n'));
  return cells;
};
