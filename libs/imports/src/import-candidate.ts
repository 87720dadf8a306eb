import type { SourcePosition } from '@app/recommendations';

/*
 * The recommendation source of model version 2 (issue 12), defined here until the domain's
 * RecommendationSource takes this shape; the names and fields are the same so they align at merge.
 */
export const MECHANISM_KINDS = ['upr', 'treaty_body', 'special_procedure', 'unct', 'osce', 'other'] as const;
export type MechanismKind = (typeof MECHANISM_KINDS)[number];
export type Mechanism = { kind: MechanismKind; body?: string };
export type RecommendingParty = { name: string; iso3?: string; regionalGroup?: string };
export type RecommendationSource = {
  mechanism: Mechanism;
  recommendingParties: RecommendingParty[];
  stateUnderReview?: string;
  upr?: { cycle: number; session: number };
  documentSymbol?: string;
  document?: string;
  paragraph?: string;
  date?: string;
  externalId?: string;
  response?: string;
};

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
