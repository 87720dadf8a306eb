import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { errorsCsv, writeErrorsXlsx } from './import-errors-file';
import type { StoredImport } from './import-report';

const stored = (values: string[], error: string): StoredImport => ({
  report: {} as StoredImport['report'],
  header: ['Text', 'Mechanism', 'Recommending parties'],
  failedRows: [{ row: 7, values, error }],
});

describe('the errors file of an import', () => {
  it('given a row with two problems and a formula-like cell, when written as CSV, then the cell is quoted as text and the problems are one per line', () => {
    const csv = errorsCsv(
      stored(['=HYPERLINK("x")', 'nope', ''], 'Mechanism: unknown\nRecommending parties: required'),
    );

    const [header, row] = parse(csv, { bom: true }) as string[][];
    expect(header).toEqual(['Text', 'Mechanism', 'Recommending parties', 'error']);
    expect(row).toEqual([
      '\'=HYPERLINK("x")',
      'nope',
      '',
      'Mechanism: unknown\nRecommending parties: required',
    ]);
  });

  it('given a row shorter than the header, when written as XLSX, then the error still lands in the error column', async () => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));

    await writeErrorsXlsx(stored(['Ratify the Convention'], 'Mechanism: required'), output);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(4).value).toBe('error');
    expect(sheet.getRow(2).getCell(1).value).toBe('Ratify the Convention');
    expect(sheet.getRow(2).getCell(4).value).toBe('Mechanism: required');
  });
});
