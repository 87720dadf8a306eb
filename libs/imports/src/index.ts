/**
 * @app/imports: turns an uploaded CSV or XLSX into import candidates, streaming.
 *
 * Entry point: `readImportFile(source, { profile })`, where `source` is the request body or a file stream (any
 * AsyncIterable of Buffers). It answers `{ profile, format, encoding, header, rows, candidates, errors }`:
 * - `candidates`: one ImportCandidate per recommendation (joint rows merged), in the model-v2 shape, ready to be
 *   proposed; `position` is the source's response through the response map, to record as a position;
 * - `errors`: `{ row, field, code, message }` for rows that cannot become a candidate (row 1 is the header).
 * A file that cannot be imported at all throws an ImportFileError (`code` IMPORT.*, kind `invalid`): unknown
 * profile, not CSV/XLSX, too large, too many rows, wrong header, formulas or macros, malformed CSV.
 * Profiles: `upr-info`, `uhri`, `template` (IMPORT_PROFILES); the template files: templateCsv, writeTemplateXlsx.
 * A UPR candidate's review dates (for a decision's effective date): uprSession(source.upr.session) in @app/recommendations.
 * docs/imports.md documents the columns, encodings and rules.
 */
export * from './read-import-file';
export * from './import-candidate';
export * from './import-file.errors';
export { ROW_ERROR_CODES } from './candidates/row-error-codes';
export { comparableText } from './candidates/candidate-grouping';
export type { SheetRecord } from './input/csv-records';
export type { TextEncoding } from './input/detect-encoding';
export type { FileFormat } from './input/sniff-format';
export {
  IMPORT_PROFILES,
  PROFILE_NAMES,
  importProfile,
  type ImportProfile,
  type ProfileColumn,
} from './profiles';
export { templateCsv, writeTemplateXlsx } from './template/template-files';
export * from './actions';
