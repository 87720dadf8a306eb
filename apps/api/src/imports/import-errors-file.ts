import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '@app/recommendations';
import { UTF8_BOM } from '../queries/recommendation-csv';
import type { StoredImport } from './import-report';

export const ERROR_COLUMN = 'error';

/** The file's own header, then `error`: staff fix the cells where they are and upload the file again. */
const headerOf = (stored: StoredImport): string[] => [...stored.header, ERROR_COLUMN];

/** A row padded or cut to the header's width, so the error always lands in the `error` column. */
const rowsOf = (stored: StoredImport): string[][] =>
  stored.failedRows.map(({ values, error }) => [
    ...stored.header.map((_, column) => values[column] ?? ''),
    error,
  ]);

/** The failed rows as CSV (UTF-8 with a BOM, so Excel reads the accents; formula-like cells quoted as text). */
export const errorsCsv = (stored: StoredImport): string =>
  UTF8_BOM +
  stringify(
    [headerOf(stored), ...rowsOf(stored)].map((row) => row.map(spreadsheetSafe)),
    {
      record_delimiter: 'windows',
    },
  );

/** The failed rows as an XLSX sheet, streamed: string cells are never formulas, so they are written as they were. */
export const writeErrorsXlsx = async (stored: StoredImport, output: Writable): Promise<void> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('Failed rows');
  sheet.columns = headerOf(stored).map((header) => ({
    header,
    key: header,
    width: header === ERROR_COLUMN ? 60 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rowsOf(stored)) {
    const added = sheet.addRow(row);
    added.getCell(row.length).alignment = { wrapText: true, vertical: 'top' };
    added.commit();
  }
  await sheet.commit();
  await workbook.commit();
};
