import type { InstitutionNames } from '../../domain';

/** A published recommendation as the portal and its open data show it: the contract's public fields only. */
export interface PublicRecommendation {
  reference: string;
  text: string;
  language: string;
  translations: Record<string, string>;
  mechanism: string;
  body: string | null;
  recommendingParties: { name: string; iso3?: string }[];
  stateUnderReview: string | null;
  uprCycle: number | null;
  uprSession: number | null;
  documentSymbol: string | null;
  document: string | null;
  paragraph: string | null;
  date: string | null;
  themes: string[];
  sdgTargets: string[];
  affectedGroups: string[];
  status: string;
  position: string | null;
  /** Only when the secretariat published it with `rationalePublic`. */
  rationale: string | null;
  planId: string | null;
  /** The numbers of the published actions it is linked to. */
  actionNumbers: string[];
}

export interface PublicIndicator {
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
}

/** A validated, published progress report of a published action. */
export interface PublicReport {
  periodStart: string;
  periodEnd: string;
  narrative: string;
  indicatorValues: { indicator: string; unit: string; value: number }[];
}

export interface PublicAction {
  planId: string;
  number: string;
  title: string;
  description: string | null;
  leadInstitution: InstitutionNames | null;
  supportingInstitutions: InstitutionNames[];
  startDate: string | null;
  targetDate: string | null;
  status: string;
  /** References of the published recommendations it is linked to. */
  recommendationReferences: string[];
  indicators: PublicIndicator[];
  reports: PublicReport[];
}

/** The board's filters; each narrows the counts and the list. */
export interface PublicFilters {
  theme?: string;
  mechanism?: string;
  /** A target ("16.2") or a goal ("16", every target of it). */
  sdg?: string;
  status?: string;
  position?: string;
}

export interface PublicCount {
  key: string;
  count: number;
}

export interface PublicBoard {
  total: number;
  byStatus: PublicCount[];
  byPosition: PublicCount[];
  byMechanism: PublicCount[];
  byTheme: PublicCount[];
  bySdg: PublicCount[];
  items: PublicRecommendation[];
  page: number;
  pageSize: number;
}
