import type { IsoDate } from '../iso-date';

export const ACTION_STATUSES = [
  'none',
  'planned',
  'in_progress',
  'delayed',
  'completed',
  'cancelled',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What an action says about itself; everything but plan and number may change later (ActionUpdated). */
export type ActionDetails = {
  title: string;
  description?: string;
  /** An institution id of the registry; absent only on actions implied by version-1 plan links. */
  leadInstitutionId?: string;
  supportingInstitutionIds: string[];
  startDate?: IsoDate;
  targetDate?: IsoDate;
};

/** Stream `action-<actionId>`; `actionId` is derived from the plan and the number (actionIdOf), so each is unique. */
export type ActionCreated = {
  type: 'ActionCreated';
  data: ActionDetails & { actionId: string; planId: string; number: string };
};
export type ActionUpdated = { type: 'ActionUpdated'; data: Partial<ActionDetails> };
export type ActionStarted = { type: 'ActionStarted'; data: Record<string, never> };
export type ActionDelayed = { type: 'ActionDelayed'; data: { reason: string } };
export type ActionResumed = { type: 'ActionResumed'; data: Record<string, never> };
export type ActionCompleted = { type: 'ActionCompleted'; data: { note?: string } };
export type ActionCancelled = { type: 'ActionCancelled'; data: { reason: string } };
/** Many-to-many: a recommendation may be linked to several actions, an action to several recommendations. */
export type RecommendationsLinked = { type: 'RecommendationsLinked'; data: { recommendationIds: string[] } };
export type RecommendationsUnlinked = {
  type: 'RecommendationsUnlinked';
  data: { recommendationIds: string[] };
};

/** A reporting schedule: a report is due every `frequencyMonths` months from `scheduleStart`. */
export type IndicatorSchedule = { frequencyMonths: number; scheduleStart: IsoDate };
export type IndicatorDefinition = IndicatorSchedule & {
  indicatorId: string;
  name: string;
  unit: string;
  baseline?: number;
  target?: number;
};
export type IndicatorDefined = { type: 'IndicatorDefined'; data: IndicatorDefinition };
/** Due dates before `effectiveFrom` stay as they were; later ones are regenerated from the new schedule. */
export type IndicatorScheduleChanged = {
  type: 'IndicatorScheduleChanged';
  data: IndicatorSchedule & { indicatorId: string; effectiveFrom: IsoDate };
};

/** Nothing is public by default: the portal shows an action only while its last publication event is this. */
export type ActionPublished = { type: 'ActionPublished'; data: Record<string, never> };
export type ActionUnpublished = { type: 'ActionUnpublished'; data: Record<string, never> };

export type ActionEvent =
  | ActionCreated
  | ActionUpdated
  | ActionStarted
  | ActionDelayed
  | ActionResumed
  | ActionCompleted
  | ActionCancelled
  | RecommendationsLinked
  | RecommendationsUnlinked
  | IndicatorDefined
  | IndicatorScheduleChanged
  | ActionPublished
  | ActionUnpublished;
export type ActionEventType = ActionEvent['type'];
export const ACTION_EVENT_TYPES = [
  'ActionCreated',
  'ActionUpdated',
  'ActionStarted',
  'ActionDelayed',
  'ActionResumed',
  'ActionCompleted',
  'ActionCancelled',
  'RecommendationsLinked',
  'RecommendationsUnlinked',
  'IndicatorDefined',
  'IndicatorScheduleChanged',
  'ActionPublished',
  'ActionUnpublished',
] as const satisfies readonly ActionEventType[];

export const isActionEventType = (type: string): type is ActionEventType =>
  (ACTION_EVENT_TYPES as readonly string[]).includes(type);
