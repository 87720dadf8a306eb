import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { TEMPLATE_PROFILE } from '../profiles';

/** One example row, so staff see how each column is written. */
const EXAMPLE: Readonly<Record<string, string>> = {
  Text: 'Ratify the Optional Protocol to the Convention against Torture',
  Language: 'en',
  Mechanism: 'upr',
  'Recommending parties': 'Norway; Denmark',
  'State under review': 'TKM',
  'UPR session': '16',
  'Document symbol': 'A/HRC/24/3',
  Paragraph: '112.3',
  Response: 'Noted',
  Themes: 'torture; international-instruments',
  'SDG targets': '16.3',
};

const headers = (): string[] => TEMPLATE_PROFILE.columns.map((column) => column.header);
const exampleRow = (): string[] => headers().map((header) => EXAMPLE[header] ?? '');

/** The template as CSV (UTF-8 with a BOM, so Excel opens it with the right encoding), header and one example row. */
export const templateCsv = (): string =>
  `\ufeff${stringify([headers(), exampleRow()], { record_delimiter: 'windows' })}`;

/** The template as an XLSX workbook: a "Recommendations" sheet to fill in and a "Columns" sheet explaining each column. */
export const writeTemplateXlsx = async (output: Writable): Promise<void> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('Recommendations');
  sheet.columns = headers().map((header) => ({ header, key: header, width: header === 'Text' ? 60 : 22 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(exampleRow()).commit();
  await sheet.commit();
  const help = workbook.addWorksheet('Columns');
  help.columns = [
    { header: 'Column', key: 'header', width: 24 },
    { header: 'Required', key: 'required', width: 10 },
    { header: 'What to write', key: 'help', width: 80 },
  ];
  for (const column of TEMPLATE_PROFILE.columns) {
    help
      .addRow({ header: column.header, required: column.required ? 'yes' : 'no', help: column.help })
      .commit();
  }
  await help.commit();
  await workbook.commit();
};
