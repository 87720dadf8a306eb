import { stringify } from 'csv-stringify/sync';
import { ACTION_MATRIX_COLUMNS } from './action-matrix.columns';

/** One example action, so staff see how each column is written; institutions and references must exist. */
const EXAMPLE: Readonly<Record<string, string>> = {
  Number: '2.1.3',
  Title: 'Draft amendments to the Criminal Code',
  Description: 'Prepare and submit the draft law to parliament',
  'Lead institution': 'Ministry of Justice',
  'Supporting institutions': 'Ombudsperson',
  'Start date': '2021-03-01',
  'Target date': '2022-12-31',
  Recommendations: 'UPR-TKM-S16-p112.3',
  Indicator: 'Draft laws submitted to parliament',
  Unit: 'drafts',
  Baseline: '0',
  Target: '1',
  'Reporting every (months)': '6',
  'Reporting from': '2021-06-30',
};

/** The results matrix template as CSV (UTF-8 with a BOM, so Excel opens it right): the headings and one example row. */
export const actionMatrixTemplateCsv = (): string => {
  const headers = ACTION_MATRIX_COLUMNS.map((column) => column.header);
  const example = headers.map((header) => EXAMPLE[header] ?? '');
  return `\ufeff${stringify([headers, example], { record_delimiter: 'windows' })}`;
};
