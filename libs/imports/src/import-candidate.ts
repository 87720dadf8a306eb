import type { CandidateToImport } from '@app/recommendations';

/** One recommendation read from a file, as the import applies it, and the first row it was read from (header = 1). */
export type ImportCandidate = CandidateToImport & { row: number };

/** A row that cannot become a candidate, naming the column (`field`) at fault. */
export type ImportRowError = { row: number; field: string; code: string; message: string };
