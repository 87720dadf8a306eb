import type { OutgoingLink } from './recommendation-links';
import type {
  AmendableFields,
  IsoDate,
  PlanLink,
  Position,
  ProgressReport,
  Publication,
} from './recommendation.events';

export const RECOMMENDATION_STATUSES = [
  'none',
  'proposed',
  'under_review',
  'reviewed',
  'planned',
  'implemented',
  'withdrawn',
  'archived',
] as const;

export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** `links`: the links this recommendation declares (absent until the first), so a repeated one is refused;
 * `publication`: present while it is published on the public portal. */
export type Proposal = AmendableFields & {
  id: string;
  reference: string;
  links?: OutgoingLink[];
  publication?: Publication;
};

/** Kept after the review so the record still shows when it was due. */
export type Review = { reviewDueDate: IsoDate; reviewMeetingRef?: string };

export type Decision = {
  position: Position;
  rationale?: string;
  effectiveDate?: IsoDate;
  sourceResponse?: string;
};

/** The response deferred while under review: the read models show the position as `pending`. */
export type Deferral = { reason: string; effectiveDate?: IsoDate };

export type Implementation = { assessment: string; evidence?: string[] };

export type NoRecommendation = { status: 'none' };
export type ProposedRecommendation = Proposal & { status: 'proposed' };
export type UnderReviewRecommendation = Proposal & Review & { status: 'under_review'; deferral?: Deferral };
export type ReviewedRecommendation = Proposal & Review & Decision & { status: 'reviewed' };
export type PlannedRecommendation = Proposal &
  Review &
  Decision & { status: 'planned'; plan: PlanLink; progress?: ProgressReport };
export type ImplementedRecommendation = Proposal &
  Review &
  Decision & {
    status: 'implemented';
    plan: PlanLink;
    progress?: ProgressReport;
    implementation: Implementation;
  };
export type WithdrawnRecommendation = Proposal &
  Partial<Review> & { status: 'withdrawn'; withdrawnFrom: 'proposed' | 'under_review'; reason: string };
export type ArchivedRecommendation = Proposal &
  Review &
  Decision & {
    status: 'archived';
    archivedFrom: 'reviewed' | 'planned' | 'implemented';
    reason: string;
    plan?: PlanLink;
    progress?: ProgressReport;
    implementation?: Implementation;
  };

export type RecommendationState =
  | NoRecommendation
  | ProposedRecommendation
  | UnderReviewRecommendation
  | ReviewedRecommendation
  | PlannedRecommendation
  | ImplementedRecommendation
  | WithdrawnRecommendation
  | ArchivedRecommendation;

/** Fails to compile when a status has no state shape or a state shape has no listed status. */
type _StatusesMatchStates = [
  AssertNever<Exclude<RecommendationStatus, RecommendationState['status']>>,
  AssertNever<Exclude<RecommendationState['status'], RecommendationStatus>>,
];
type AssertNever<T extends never> = T;

export type StateIn<S extends RecommendationStatus> = Extract<RecommendationState, { status: S }>;

export const initialState: RecommendationState = { status: 'none' };
