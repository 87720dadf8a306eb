import type { ResponseMap } from '@app/recommendations';
import type { ImportCandidate } from '../import-candidate';
import type { RowReader } from '../candidates/row-reader';

/** A column of a profile: the header users see, other spellings accepted for it, and whether a file must have it. */
export type ProfileColumn = { header: string; aliases?: readonly string[]; required: boolean; help: string };

export type RowContext = { language: string; responseMap: ResponseMap };

/** What one row says, before rows carrying the same recommendation are merged. */
export type RowCandidate = Omit<ImportCandidate, 'row' | 'rows'>;

/** How one kind of file maps to recommendations: its columns and how a row becomes a candidate. */
export type ImportProfile = {
  name: string;
  description: string;
  columns: readonly ProfileColumn[];
  /** The candidate the row stands for; the reader collects the row's errors, and a row with any is dropped. */
  read(row: RowReader, context: RowContext): RowCandidate;
};
