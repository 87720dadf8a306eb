import type { Readable } from 'node:stream';
import { cellsOf, matchHeader } from '../candidates/header';
import { RowReader } from '../candidates/row-reader';
import type { ImportRowError } from '../import-candidate';
import { TooManyRowsError, WrongHeaderError } from '../import-file.errors';
import { limitBytes, peek, type ByteSource } from '../input/byte-source';
import { csvRecords, type RecordStream } from '../input/csv-records';
import type { TextEncoding } from '../input/detect-encoding';
import { sniffFormat, SNIFF_BYTES, type FileFormat } from '../input/sniff-format';
import { xlsxRecords } from '../input/xlsx-records';
import { IMPORT_LIMITS } from '../read-import-file';
import type { ActionMatrixEntry } from './action-matrix-entry';
import { actionMatrixRow } from './action-matrix-row';
import { ACTION_MATRIX_COLUMNS } from './action-matrix.columns';

export const ACTION_MATRIX_PROFILE = { name: 'action-matrix', columns: ACTION_MATRIX_COLUMNS } as const;

export type ActionMatrixResult = {
  format: FileFormat;
  encoding?: TextEncoding;
  header: string[];
  rows: number;
  /** One per action number (compared trimmed and case-insensitively), in the order first met. */
  actions: ActionMatrixEntry[];
  errors: ImportRowError[];
};

const numberKey = (number: string): string => number.trim().toLocaleLowerCase('en');

/** Adds a repeated number's indicators and references to the action first read under it. */
function merge(into: ActionMatrixEntry, more: ActionMatrixEntry): void {
  into.rows.push(more.row);
  into.indicators.push(...more.indicators);
  for (const reference of more.recommendationReferences) {
    if (!into.recommendationReferences.includes(reference)) into.recommendationReferences.push(reference);
  }
}

/** Reads a plan's results matrix (CSV or XLSX, as recommendations are read) into actions and row errors. */
export async function readActionMatrix(
  source: ByteSource | Readable,
  limits: { maxBytes?: number; maxRows?: number } = {},
): Promise<ActionMatrixResult> {
  const maxRows = limits.maxRows ?? IMPORT_LIMITS.maxRows;
  const bytes = limitBytes(source as ByteSource, limits.maxBytes ?? IMPORT_LIMITS.maxBytes);
  const start = await peek(bytes, (head) => head.length >= SNIFF_BYTES);
  const format = sniffFormat(start.head);
  const stream: RecordStream = format === 'xlsx' ? await xlsxRecords(start.all) : await csvRecords(start.all);
  const byNumber = new Map<string, ActionMatrixEntry>();
  const errors: ImportRowError[] = [];
  let header: string[] | undefined;
  let columns: ReadonlyMap<number, string> = new Map();
  let rows = 0;
  let last: ActionMatrixEntry | undefined;
  for await (const record of stream.records) {
    if (record.values.every((value) => value.trim() === '')) continue;
    if (header === undefined) {
      header = record.values.map((value) => value.trim());
      columns = matchHeader(ACTION_MATRIX_PROFILE, header);
      continue;
    }
    rows += 1;
    if (rows > maxRows) throw new TooManyRowsError(maxRows);
    const reader = new RowReader(record.row, cellsOf(columns, record.values));
    const written = reader.optional('Number');
    const continues = written === undefined ? last?.number : byNumber.get(numberKey(written))?.number;
    const entry = actionMatrixRow(reader, continues);
    if (reader.errors.length > 0) {
      errors.push(...reader.errors);
      continue;
    }
    const earlier = byNumber.get(numberKey(entry.number));
    if (earlier === undefined) byNumber.set(numberKey(entry.number), entry);
    else merge(earlier, entry);
    last = earlier ?? entry;
  }
  if (header === undefined) {
    const required = ACTION_MATRIX_COLUMNS.filter((column) => column.required).map((column) => column.header);
    throw new WrongHeaderError(ACTION_MATRIX_PROFILE.name, required);
  }
  return {
    format,
    ...(stream.encoding === undefined ? {} : { encoding: stream.encoding }),
    header,
    rows,
    actions: [...byNumber.values()],
    errors,
  };
}
