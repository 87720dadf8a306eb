import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import {
  ImportFileError,
  UnreadableXlsxError,
  XlsxFormulaError,
  XlsxMacrosError,
} from '../import-file.errors';
import type { RecordStream, SheetRecord } from './csv-records';
import { SourceFailure } from './byte-source';
import { ZipPartNames } from './zip-part-names';

const MACROS = /(^|\/)vbaProject\.bin$/i;

/** exceljs's streaming reader now and then reads a worksheet before the workbook it belongs to; a fresh read succeeds. */
const READ_ATTEMPTS = 3;

/**
 * The first worksheet's rows, read with exceljs's streaming reader from a spool file (the upload is never held whole
 * in memory). Every sheet is checked for formulas, and the whole package for a VBA project, because a computed or
 * scripted value is not data.
 */
export const xlsxRecords = async (bytes: AsyncIterable<Buffer>): Promise<RecordStream> => {
  const parts = new ZipPartNames();
  const failure = new SourceFailure();
  const dir = await mkdtemp(join(tmpdir(), 'xlsx-'));
  const file = join(dir, 'upload.xlsx');
  await pipeline(Readable.from(failure.guard(parts.watch(bytes))), createWriteStream(file, { mode: 0o600 }));
  return { records: spooledRecords(file, dir, parts, failure) };
};

async function* spooledRecords(
  file: string,
  dir: string,
  parts: ZipPartNames,
  failure: SourceFailure,
): AsyncGenerator<SheetRecord> {
  try {
    failure.throwIfFailed();
    if ([...parts.names].some((name) => MACROS.test(name))) throw new XlsxMacrosError();
    for (let attempt = 1; ; attempt++) {
      const read: SheetRecord[] = [];
      try {
        // Rows are yielded only once a read has gone through, so a retried read never repeats a row.
        for await (const record of sheetRecords(file)) read.push(record);
        yield* read;
        return;
      } catch (error) {
        if (error instanceof ImportFileError) throw error;
        if (!(error instanceof TypeError) || attempt >= READ_ATTEMPTS) throw new UnreadableXlsxError();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function* sheetRecords(file: string): AsyncGenerator<SheetRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let first = true;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = rowValues(row);
      if (first) yield { row: row.number, values };
    }
    first = false;
  }
}

const rowValues = (row: ExcelJS.Row): string[] => {
  const values: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    if (cell.type === ExcelJS.ValueType.Formula) throw new XlsxFormulaError(cell.address);
    values[column - 1] = cellText(cell.value);
  });
  return Array.from(values, (value) => value ?? '');
};

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return '';
    return '';
  }
  return String(value);
};
