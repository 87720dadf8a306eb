import type { MechanismKind, PositionState, RecommendationStatus } from '../../domain';

/** The filters of `GET /recommendations`, the CSV export and the summary (docs/api.md, Queries). */
export interface RecommendationFilters {
  status?: Exclude<RecommendationStatus, 'none'>;
  /** `pending`: under review with the response deferred. */
  position?: PositionState;
  /** Any of these mechanisms (the deprecated `sourceKind=regional` means two). */
  mechanism?: readonly MechanismKind[];
  /** A recommending party's name or ISO3 code, whole and case-insensitive. */
  party?: string;
  /** ISO3 of the State reviewed, case-insensitive. */
  stateUnderReview?: string;
  cycle?: number;
  session?: number;
  /** The source's own response, whole and case-insensitive. */
  response?: string;
  /** The original's language tag, case-insensitive. */
  language?: string;
  planId?: string;
  /** A target (`16.3`) matches itself; a goal (`16`) matches every target under it. */
  sdg?: string;
  /** A controlled theme id, or a free-text theme of a v1 event; case-insensitive. */
  theme?: string;
  overdue?: boolean;
  /** Matched whole, trimmed and case-insensitively, as references are kept unique. */
  reference?: string;
  /** Words searched in the text and reference, or in one translation, each as a prefix. */
  q?: string;
  /** The grade of the latest mechanism assessment (by its date). */
  mechanismGrade?: string;
  /** Linked to this recommendation id, declared by either side. */
  linkedTo?: string;
  /** Linked to an action this institution leads or supports (only leads with `institutionRole: 'lead'`). */
  institution?: string;
  institutionRole?: InstitutionRoleFilter;
  /** Linked to this plan action (its id). */
  action?: string;
  /** On the public portal (true) or not (false). */
  published?: boolean;
}

export const INSTITUTION_ROLE_FILTERS = ['lead', 'supporting'] as const;
export type InstitutionRoleFilter = (typeof INSTITUTION_ROLE_FILTERS)[number];

/** The filters that read the actions model, so a query with them waits for it too. */
export const usesActions = (filters: RecommendationFilters): boolean =>
  filters.institution !== undefined || filters.action !== undefined;
