import type { CarryOverSuggestion } from '@app/recommendations';
import type { ImportSourceGroup } from './import-source-groups';

/** What an import answers, for a dry run and a commit alike (docs/api.md, Imports). */
export type ImportReport = {
  importId: string;
  profile: string;
  dryRun: boolean;
  fileSha256: string;
  rows: number;
  recommendations: { created: number; updated: number; unchanged: number; failed: number };
  positions: { recorded: number; deferred: number; skipped: number };
  errors: Array<{ row: number; field: string; code: string; message: string }>;
  errorsOmitted?: number;
  /** Earlier recommendations the candidates may repeat, for the secretariat to confirm; absent outside the API. */
  carryOverSuggestions?: CarryOverSuggestion[];
};

/** A failed row as the file had it, for the errors file: the original cells and why it failed. */
export type FailedRow = { row: number; values: string[]; error: string };

/**
 * The stored form of a run: its report, the file's header, every failed row, and where its recommendations come
 * from (absent from a report rebuilt from the log, and from files stored before it was kept).
 */
export type StoredImport = {
  report: ImportReport;
  header: string[];
  failedRows: FailedRow[];
  sources?: ImportSourceGroup[];
};

export const MAX_REPORTED_ERRORS = 1000;
export const IMPORT_STREAM_PREFIX = 'import-';
export const IMPORT_COMPLETED = 'ImportCompleted';
