import { ROW_ERROR_CODES } from '../candidates/row-error-codes';
import type { RowReader } from '../candidates/row-reader';
import type { ActionMatrixEntry, ActionMatrixIndicator } from './action-matrix-entry';

const MAX_FREQUENCY_MONTHS = 60;

/** The same limits as `POST /plans/:id/actions` and its indicators: a file cannot store what the form refuses. */
const MAX_LENGTH: Readonly<Record<string, number>> = {
  Number: 50,
  Title: 500,
  Description: 5000,
  Indicator: 300,
  Unit: 50,
};

function checkLengths(row: RowReader): void {
  for (const [column, max] of Object.entries(MAX_LENGTH)) {
    const length = row.text(column).length;
    if (length > max)
      row.fail(column, ROW_ERROR_CODES.tooLong, `${column} has ${length} characters; at most ${max}`);
  }
}

function numberIn(row: RowReader, column: string): number | undefined {
  const text = row.optional(column);
  if (text === undefined) return undefined;
  // Matrices written in Russian or Turkmen use a decimal comma.
  const value = Number(text.replace(/\s/g, '').replace(',', '.'));
  if (Number.isFinite(value)) return value;
  row.fail(column, ROW_ERROR_CODES.invalidNumber, `"${text}" is not a number`);
  return undefined;
}

function frequencyIn(row: RowReader, column: string): number | undefined {
  const value = numberIn(row, column);
  if (value === undefined || (Number.isInteger(value) && value >= 1 && value <= MAX_FREQUENCY_MONTHS))
    return value;
  row.fail(column, ROW_ERROR_CODES.invalidNumber, `${value} is not a whole number of months from 1 to 60`);
  return undefined;
}

function indicatorIn(row: RowReader): ActionMatrixIndicator | undefined {
  const name = row.optional('Indicator');
  if (name === undefined) return undefined;
  const optional = {
    baseline: numberIn(row, 'Baseline'),
    target: numberIn(row, 'Target'),
    frequencyMonths: frequencyIn(row, 'Reporting every (months)'),
    scheduleStart: row.date('Reporting from'),
  };
  const defined = Object.entries(optional).filter(([, value]) => value !== undefined);
  return { name, unit: row.optional('Unit') ?? '', ...Object.fromEntries(defined) };
}

/**
 * One row of a results matrix. A row that continues an action (its number repeated, or left blank under merged cells)
 * carries more indicators or recommendations and needs no title; `continues` is the number it continues, if any.
 */
export function actionMatrixRow(row: RowReader, continues: string | undefined): ActionMatrixEntry {
  const optional = {
    description: row.optional('Description'),
    lead: row.optional('Lead institution'),
    startDate: row.date('Start date'),
    targetDate: row.date('Target date'),
  };
  const indicator = indicatorIn(row);
  checkLengths(row);
  return {
    row: row.row,
    rows: [row.row],
    number: continues ?? row.required('Number'),
    title: continues === undefined ? row.required('Title') : row.text('Title'),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    supporting: row.list('Supporting institutions'),
    recommendationReferences: row.list('Recommendations'),
    indicators: indicator === undefined ? [] : [indicator],
  };
}
