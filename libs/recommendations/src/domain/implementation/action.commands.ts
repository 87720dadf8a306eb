import type { IsoDate } from '../iso-date';
import type { ActionDetails, IndicatorDefinition, IndicatorSchedule } from './action.events';

/** What the handler tells the decider about the plan and the institutions the command names. */
export type ActionContext = {
  /** undefined when the plan is not registered. */
  plan?: { id: string; periodStart: IsoDate; periodEnd: IsoDate };
  /** The institution ids of the command that are not in the registry. */
  unknownInstitutionIds: string[];
};

/** The handler loads `action-<actionIdOf(planId, number)>`. */
export type CreateAction = ActionDetails & {
  type: 'createAction';
  actionId: string;
  planId: string;
  number: string;
  context: ActionContext;
};
export type UpdateAction = Partial<ActionDetails> & {
  type: 'updateAction';
  actionId: string;
  context: ActionContext;
};
export type StartAction = { type: 'startAction'; actionId: string };
export type DelayAction = { type: 'delayAction'; actionId: string; reason: string };
export type ResumeAction = { type: 'resumeAction'; actionId: string };
export type CompleteAction = { type: 'completeAction'; actionId: string; note?: string };
export type CancelAction = { type: 'cancelAction'; actionId: string; reason: string };
/** `unknownRecommendationIds`: the ids the handler found no recommendation for. */
export type LinkRecommendations = {
  type: 'linkRecommendations';
  actionId: string;
  recommendationIds: string[];
  unknownRecommendationIds: string[];
};
export type UnlinkRecommendations = {
  type: 'unlinkRecommendations';
  actionId: string;
  recommendationIds: string[];
};
export type DefineIndicator = IndicatorDefinition & { type: 'defineIndicator'; actionId: string };
/** `today` comes from the handler's clock: the decider stays pure. */
export type ChangeIndicatorSchedule = IndicatorSchedule & {
  type: 'changeIndicatorSchedule';
  actionId: string;
  indicatorId: string;
  today: IsoDate;
};

/** Puts the action on the public portal, or takes it off (issue 18); a repeated request records nothing. */
export type PublishAction = { type: 'publishAction'; actionId: string };
export type UnpublishAction = { type: 'unpublishAction'; actionId: string };

export type ActionCommand =
  | CreateAction
  | UpdateAction
  | StartAction
  | DelayAction
  | ResumeAction
  | CompleteAction
  | CancelAction
  | LinkRecommendations
  | UnlinkRecommendations
  | DefineIndicator
  | ChangeIndicatorSchedule
  | PublishAction
  | UnpublishAction;
export type ActionCommandType = ActionCommand['type'];
