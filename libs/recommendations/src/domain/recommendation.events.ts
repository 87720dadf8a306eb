import type { EvidenceFile } from './implementation/evidence-file';
import type { RecommendationSource } from './recommendation-source';
import type { MechanismAssessment } from './mechanism-assessment';
import type { OutgoingLink } from './recommendation-links';

export const POSITIONS = ['supported', 'partially_supported', 'noted'] as const;
export type Position = (typeof POSITIONS)[number];

/** What the read models show as a position: a recorded one, or `pending` while the response is deferred. */
export const POSITION_STATES = [...POSITIONS, 'pending'] as const;
export type PositionState = (typeof POSITION_STATES)[number];

export const PROGRESS_STATUSES = ['not_started', 'in_progress', 'completed', 'stalled'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export type { IsoDate } from './iso-date';
import type { IsoDate } from './iso-date';

/** The fields a proposal sets and an amendment may change (everything but the reference). */
export type AmendableFields = {
  text: string;
  language: string;
  source: RecommendationSource;
  themes: string[];
  sdgTargets: string[];
  affectedGroups: string[];
  meetingRef?: string;
};

/** Only the plan is needed to follow a recommendation; the rest is often decided later (PlanLinkUpdated). */
export type PlanLink = {
  planId: string;
  actionRef?: string;
  /** The plan action the link belongs to: actionIdOf(planId, actionRef); version 1 links gain it by upcasting. */
  actionId?: string;
  responsibleInstitutions?: string[];
  targetDate?: IsoDate;
};

export type PlanLinkDetails = Omit<PlanLink, 'planId'>;

export type ProgressReport = {
  status: ProgressStatus;
  narrative: string;
  period?: string;
  evidence?: string[];
};

export type RecommendationProposed = {
  type: 'RecommendationProposed';
  data: AmendableFields & { recommendationId: string; reference: string };
};
export type RecommendationAmended = { type: 'RecommendationAmended'; data: Partial<AmendableFields> };
export type ReviewScheduled = {
  type: 'ReviewScheduled';
  data: { reviewDueDate: IsoDate; meetingRef?: string };
};
/** `effectiveDate`: when it was decided (e.g. the review session), beside metadata `occurredAt` (when recorded). */
export type PositionRecorded = {
  type: 'PositionRecorded';
  data: { position: Position; rationale?: string; effectiveDate?: IsoDate; sourceResponse?: string };
};
export type ResponseDeferred = {
  type: 'ResponseDeferred';
  data: { reason: string; effectiveDate?: IsoDate };
};
export type ReviewReopened = { type: 'ReviewReopened'; data: { reason: string; reviewDueDate: IsoDate } };
export type RecommendationReflectedInPlan = { type: 'RecommendationReflectedInPlan'; data: PlanLink };
export type PlanLinkUpdated = { type: 'PlanLinkUpdated'; data: PlanLinkDetails };
export type ProgressReported = { type: 'ProgressReported'; data: ProgressReport };
export type RecommendationImplemented = {
  type: 'RecommendationImplemented';
  data: { assessment: string; evidence?: string[] };
};
export type RecommendationWithdrawn = { type: 'RecommendationWithdrawn'; data: { reason: string } };
export type RecommendationArchived = { type: 'RecommendationArchived'; data: { reason: string } };

/** Fixes a proposal field at any status; the original event stays as it was. */
export type RecommendationCorrected = {
  type: 'RecommendationCorrected';
  data: { changes: Partial<AmendableFields>; reason: string };
};
/** A working translation of the text; a later one in the same language supersedes it. */
export type TranslationAdded = {
  type: 'TranslationAdded';
  data: { language: string; text: string; translatedBy: string };
};

/** Declared on the recommendation that names the other; the other shows it as incoming. */
export type RecommendationLinked = { type: 'RecommendationLinked'; data: OutgoingLink };
export type RecommendationUnlinked = { type: 'RecommendationUnlinked'; data: OutgoingLink };
/** A mechanism's own grade on its follow-up, kept beside the State's assessment, never merged with it. */
export type MechanismAssessmentRecorded = { type: 'MechanismAssessmentRecorded'; data: MechanismAssessment };
/** Files supporting the record or one of its decisions; the hashes put the files under the log's hash chain. */
export type EvidenceAttached = {
  type: 'EvidenceAttached';
  data: { evidence: EvidenceFile[]; note?: string; decisionRevision?: number };
};

/** Whether the recommendation is on the public portal; absent means it is not (nothing is public by default). */
export type Publication = { rationalePublic: boolean };
export type RecommendationPublished = { type: 'RecommendationPublished'; data: Publication };
export type RecommendationUnpublished = { type: 'RecommendationUnpublished'; data: Record<string, never> };

export type RecommendationEvent =
  | RecommendationProposed
  | RecommendationAmended
  | ReviewScheduled
  | PositionRecorded
  | ResponseDeferred
  | ReviewReopened
  | RecommendationReflectedInPlan
  | PlanLinkUpdated
  | ProgressReported
  | RecommendationImplemented
  | RecommendationWithdrawn
  | RecommendationArchived
  | RecommendationCorrected
  | TranslationAdded
  | RecommendationLinked
  | RecommendationUnlinked
  | MechanismAssessmentRecorded
  | EvidenceAttached
  | RecommendationPublished
  | RecommendationUnpublished;

export type RecommendationEventType = RecommendationEvent['type'];

export const RECOMMENDATION_EVENT_TYPES = [
  'RecommendationProposed',
  'RecommendationAmended',
  'ReviewScheduled',
  'PositionRecorded',
  'ResponseDeferred',
  'ReviewReopened',
  'RecommendationReflectedInPlan',
  'PlanLinkUpdated',
  'ProgressReported',
  'RecommendationImplemented',
  'RecommendationWithdrawn',
  'RecommendationArchived',
  'RecommendationCorrected',
  'TranslationAdded',
  'RecommendationLinked',
  'RecommendationUnlinked',
  'MechanismAssessmentRecorded',
  'EvidenceAttached',
  'RecommendationPublished',
  'RecommendationUnpublished',
] as const satisfies readonly RecommendationEventType[];

/** Fails to compile when an event type is missing from RECOMMENDATION_EVENT_TYPES. */
type _EveryEventTypeListed = AssertNever<
  Exclude<RecommendationEventType, (typeof RECOMMENDATION_EVENT_TYPES)[number]>
>;
type AssertNever<T extends never> = T;

export const isRecommendationEventType = (type: string): type is RecommendationEventType =>
  (RECOMMENDATION_EVENT_TYPES as readonly string[]).includes(type);
