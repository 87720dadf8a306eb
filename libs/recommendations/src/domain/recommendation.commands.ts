import type {
  AmendableFields,
  IsoDate,
  PlanLinkDetails,
  Position,
  ProgressStatus,
} from './recommendation.events';
import type { EvidenceFile } from './implementation/evidence-file';
import type { RecommendationSource } from './recommendation-source';
import type { LinkKind, OutgoingLink } from './recommendation-links';
import type { MechanismAssessment } from './mechanism-assessment';

/** Every command names its recommendation; the handler loads `recommendation-<recommendationId>`. */
type Targeted = { recommendationId: string };

export type Propose = Targeted & {
  type: 'propose';
  reference: string;
  text: string;
  /** BCP 47; defaults to `en`. */
  language?: string;
  source: RecommendationSource;
  themes: string[];
  sdgTargets: string[];
  affectedGroups: string[];
  meetingRef?: string;
};

export type Amend = Targeted & { type: 'amend' } & Partial<AmendableFields>;

export type ScheduleReview = Targeted & {
  type: 'scheduleReview';
  reviewDueDate: IsoDate;
  meetingRef?: string;
};

/** The recording clock's date (supplied by the handler), so the decider can refuse a decision dated later. */
type Dated = { effectiveDate?: IsoDate; today: IsoDate };

/** `rationale` may be left out when the position comes from the source's own response (`sourceResponse`). */
export type RecordPosition = Targeted &
  Dated & { type: 'recordPosition'; position: Position; rationale?: string; sourceResponse?: string };

export type DeferResponse = Targeted & Dated & { type: 'deferResponse'; reason: string };

export type ReopenReview = Targeted & { type: 'reopenReview'; reason: string; reviewDueDate: IsoDate };

/** The plan as the handler loaded it (undefined when no such plan), so the decider needs no I/O. */
export type PlanPeriod = { id: string; periodStart: IsoDate; periodEnd: IsoDate };

export type ReflectInPlan = Targeted &
  PlanLinkDetails & { type: 'reflectInPlan'; planId: string; plan: PlanPeriod | undefined };

/** `plan` is the recommendation's own plan, loaded by the handler. */
export type UpdatePlanLink = Targeted &
  PlanLinkDetails & { type: 'updatePlanLink'; plan: PlanPeriod | undefined };

export type ReportProgress = Targeted & {
  type: 'reportProgress';
  status: ProgressStatus;
  narrative: string;
  period?: string;
  evidence?: string[];
};

export type MarkImplemented = Targeted & { type: 'markImplemented'; assessment: string; evidence?: string[] };

export type Withdraw = Targeted & { type: 'withdraw'; reason: string };

export type Archive = Targeted & { type: 'archive'; reason: string };

export type Correct = Targeted & { type: 'correct'; changes: Partial<AmendableFields>; reason: string };

export type AddTranslation = Targeted & {
  type: 'addTranslation';
  language: string;
  text: string;
  translatedBy: string;
};

/** The other recommendation as the handler loaded it (undefined when none), with the links it declares. */
export type LinkTarget = { id: string; links: readonly OutgoingLink[] };

/** Declared by this recommendation; `carried_over_from` is run on the newer one, naming the older. */
export type LinkRecommendation = Targeted & {
  type: 'linkRecommendation';
  kind: LinkKind;
  otherRecommendationId: string;
  other: LinkTarget | undefined;
};

export type UnlinkRecommendation = Targeted & {
  type: 'unlinkRecommendation';
  kind: LinkKind;
  otherRecommendationId: string;
};

/** `today` is the recording clock's date, so an assessment cannot be dated later. */
export type RecordMechanismAssessment = Targeted &
  MechanismAssessment & { type: 'recordMechanismAssessment'; today: IsoDate };

/** Files already in the evidence store (the upload stored them); `decisionRevision`: the decision they support. */
export type AttachEvidence = Targeted & {
  type: 'attachEvidence';
  evidence: EvidenceFile[];
  note?: string;
  decisionRevision?: number;
};

/** Puts the recommendation on the public portal, its rationale only when `rationalePublic` (issue 18). */
export type Publish = Targeted & { type: 'publish'; rationalePublic: boolean };
export type Unpublish = Targeted & { type: 'unpublish' };

export type RecommendationCommand =
  | Propose
  | Amend
  | ScheduleReview
  | RecordPosition
  | DeferResponse
  | ReopenReview
  | ReflectInPlan
  | UpdatePlanLink
  | ReportProgress
  | MarkImplemented
  | Withdraw
  | Archive
  | Correct
  | AddTranslation
  | LinkRecommendation
  | UnlinkRecommendation
  | RecordMechanismAssessment
  | AttachEvidence
  | Publish
  | Unpublish;

export type RecommendationCommandType = RecommendationCommand['type'];

export const DEFAULT_LANGUAGE = 'en';
