import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  spreadsheetSafe,
  type ImplementationOverTime,
  type RecommendationSummaryAnswer,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { PROJECTION_POSITION_HEADER } from './read-model-answer';
import { UTF8_BOM } from './recommendation-csv';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** OpenAPI: the file answers beside the JSON one. */
export const REPORT_FILE_CONTENT = {
  'text/csv': { schema: { type: 'string', description: 'format=csv: a header row, then one row each' } },
  [XLSX_TYPE]: { schema: { type: 'string', format: 'binary', description: 'format=xlsx: the same table' } },
};

type Cell = string | number | null;

/** A report as a table: what the CSV and the XLSX hold, cell for cell. */
export interface ReportTable {
  /** The file's name without extension, and the sheet's. */
  name: string;
  header: string[];
  rows: Cell[][];
}

/** One column per dimension (a null key is an empty cell), then the count. */
export function summaryTable(answer: RecommendationSummaryAnswer): ReportTable {
  const by = typeof answer.by === 'string' ? [answer.by] : answer.by;
  const rows = answer.groups.map(({ key, count }): Cell[] => [
    ...(typeof key === 'string' || key === null ? [key] : key),
    count,
  ]);
  return { name: `recommendations-by-${by.join('-')}`, header: [...by, 'count'], rows };
}

export function overTimeTable(answer: ImplementationOverTime): ReportTable {
  const columns = [
    'month',
    'reflectedInPlan',
    'implemented',
    'reflectedInPlanToDate',
    'implementedToDate',
  ] as const;
  return {
    name: 'implementation-over-time',
    header: [...columns],
    rows: answer.months.map((month) => columns.map((column) => month[column])),
  };
}

/** UTF-8 with a BOM (Excel reads Cyrillic and Turkmen right), formula-like text quoted as text. */
export const tableCsv = (table: ReportTable): string =>
  UTF8_BOM +
  stringify(
    [table.header, ...table.rows].map((row) => row.map(spreadsheetSafe)),
    {
      record_delimiter: 'windows',
    },
  );

/** One sheet, header in bold; counts are numbers, and text cells are never formulas in XLSX. */
export async function tableXlsx(table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  sheet.columns = table.header.map((header) => ({
    header,
    key: header,
    width: Math.max(12, header.length + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(table.rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const isFileFormat = (format: ReportFormat | undefined): format is 'csv' | 'xlsx' =>
  format === 'csv' || format === 'xlsx';

/** The table as a download, with the log position it reflects, as the JSON answer has it. */
export async function reportFile(
  reply: FastifyReply,
  format: 'csv' | 'xlsx',
  position: string,
  table: ReportTable,
): Promise<string | Buffer> {
  void reply
    .header(PROJECTION_POSITION_HEADER, position)
    .header('Content-Disposition', `attachment; filename="${table.name}.${format}"`)
    .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);
  return format === 'csv' ? tableCsv(table) : tableXlsx(table);
}
