import type { RecommendationSource, SourcePosition } from '@app/recommendations';

/** One recommendation read from a file: the fields a proposal takes, the position its response stands for, and the rows it came from. */
export type ImportCandidate = {
  /** The first row it was read from (the header is row 1). */
  row: number;
  /** Every row that carries it: a joint recommendation is one candidate from several rows. */
  rows: number[];
  text: string;
  language: string;
  source: RecommendationSource;
  themes: string[];
  sdgTargets: string[];
  affectedGroups: string[];
  /** From the source's response through the response map; absent when there is none or the map does not know it. */
  position?: SourcePosition;
};

/** A row that cannot become a candidate, naming the column (`field`) at fault. */
export type ImportRowError = { row: number; field: string; code: string; message: string };
