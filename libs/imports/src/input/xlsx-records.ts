import { Readable } from 'node:stream';
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

/**
 * The first worksheet's rows, read with exceljs's streaming reader (the file is never held whole). Every sheet is
 * checked for formulas, and the whole package for a VBA project, because a computed or scripted value is not data.
 */
export const xlsxRecords = async (bytes: AsyncIterable<Buffer>): Promise<RecordStream> => {
  const parts = new ZipPartNames();
  const failure = new SourceFailure();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(failure.guard(parts.watch(bytes))), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  return { records: sheetRecords(reader, parts, failure) };
};

async function* sheetRecords(
  reader: ExcelJS.stream.xlsx.WorkbookReader,
  parts: ZipPartNames,
  failure: SourceFailure,
): AsyncGenerator<SheetRecord> {
  let first = true;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = rowValues(row);
        if (first) yield { row: row.number, values };
      }
      first = false;
    }
  } catch (error) {
    failure.throwIfFailed();
    if (error instanceof ImportFileError) throw error;
    throw new UnreadableXlsxError();
  }
  failure.throwIfFailed();
  if ([...parts.names].some((name) => MACROS.test(name))) throw new XlsxMacrosError();
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
