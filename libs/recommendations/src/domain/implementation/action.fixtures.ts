import type { ActionCommand, ActionCommandType, ActionContext } from './action.commands';
import type { ActionEvent, ActionStatus } from './action.events';

export const ACTION_ID = 'action-2-1-3';
export const PLAN_ID = 'NHRAP-2021-2025';

export const knownContext: ActionContext = {
  plan: { id: PLAN_ID, periodStart: '2021-01-01', periodEnd: '2025-12-31' },
  unknownInstitutionIds: [],
};

export const actionCreated: ActionEvent = {
  type: 'ActionCreated',
  data: {
    actionId: ACTION_ID,
    planId: PLAN_ID,
    number: '2.1.3',
    title: 'Draft amendments to the Criminal Code',
    leadInstitutionId: 'ministry-of-justice',
    supportingInstitutionIds: ['ombudsperson'],
    startDate: '2021-03-01',
    targetDate: '2022-12-31',
  },
};

/** Every existing action in these specs has recommendation `rec-1` linked and indicator `ind-1` defined. */
const base: ActionEvent[] = [
  actionCreated,
  { type: 'RecommendationsLinked', data: { recommendationIds: ['rec-1'] } },
  {
    type: 'IndicatorDefined',
    data: {
      indicatorId: 'ind-1',
      name: 'Drafts',
      unit: 'drafts',
      frequencyMonths: 6,
      scheduleStart: '2021-06-30',
    },
  },
];

export const historyTo: Record<ActionStatus, ActionEvent[]> = {
  none: [],
  planned: base,
  in_progress: [...base, { type: 'ActionStarted', data: {} }],
  delayed: [...base, { type: 'ActionDelayed', data: { reason: 'Waiting for the parliament session' } }],
  completed: [...base, { type: 'ActionStarted', data: {} }, { type: 'ActionCompleted', data: {} }],
  cancelled: [...base, { type: 'ActionCancelled', data: { reason: 'Merged into 2.1.4' } }],
};

/** One command per table row, valid in every status its row allows. */
export const actionCommand: { [C in ActionCommandType]: Extract<ActionCommand, { type: C }> } = {
  createAction: {
    type: 'createAction',
    ...(actionCreated.data as Extract<ActionEvent, { type: 'ActionCreated' }>['data']),
    context: knownContext,
  },
  updateAction: {
    type: 'updateAction',
    actionId: ACTION_ID,
    title: 'Amend the Criminal Code',
    context: knownContext,
  },
  startAction: { type: 'startAction', actionId: ACTION_ID },
  delayAction: { type: 'delayAction', actionId: ACTION_ID, reason: 'Budget not approved' },
  resumeAction: { type: 'resumeAction', actionId: ACTION_ID },
  completeAction: { type: 'completeAction', actionId: ACTION_ID, note: 'Adopted' },
  cancelAction: { type: 'cancelAction', actionId: ACTION_ID, reason: 'Superseded' },
  linkRecommendations: {
    type: 'linkRecommendations',
    actionId: ACTION_ID,
    recommendationIds: ['rec-2'],
    unknownRecommendationIds: [],
  },
  unlinkRecommendations: { type: 'unlinkRecommendations', actionId: ACTION_ID, recommendationIds: ['rec-1'] },
  defineIndicator: {
    type: 'defineIndicator',
    actionId: ACTION_ID,
    indicatorId: 'ind-2',
    name: 'Trainings',
    unit: 'sessions',
    target: 12,
    frequencyMonths: 3,
    scheduleStart: '2021-03-31',
  },
  changeIndicatorSchedule: {
    type: 'changeIndicatorSchedule',
    actionId: ACTION_ID,
    indicatorId: 'ind-1',
    frequencyMonths: 12,
    scheduleStart: '2021-12-31',
    today: '2022-01-15',
  },
  publishAction: { type: 'publishAction', actionId: ACTION_ID },
  unpublishAction: { type: 'unpublishAction', actionId: ACTION_ID },
};

/** What each row's command decides. */
export const actionDecided: { [C in ActionCommandType]: ActionEvent } = {
  createAction: actionCreated,
  updateAction: { type: 'ActionUpdated', data: { title: 'Amend the Criminal Code' } },
  startAction: { type: 'ActionStarted', data: {} },
  delayAction: { type: 'ActionDelayed', data: { reason: 'Budget not approved' } },
  resumeAction: { type: 'ActionResumed', data: {} },
  completeAction: { type: 'ActionCompleted', data: { note: 'Adopted' } },
  cancelAction: { type: 'ActionCancelled', data: { reason: 'Superseded' } },
  linkRecommendations: { type: 'RecommendationsLinked', data: { recommendationIds: ['rec-2'] } },
  unlinkRecommendations: { type: 'RecommendationsUnlinked', data: { recommendationIds: ['rec-1'] } },
  defineIndicator: {
    type: 'IndicatorDefined',
    data: {
      indicatorId: 'ind-2',
      name: 'Trainings',
      unit: 'sessions',
      target: 12,
      frequencyMonths: 3,
      scheduleStart: '2021-03-31',
    },
  },
  changeIndicatorSchedule: {
    type: 'IndicatorScheduleChanged',
    data: {
      indicatorId: 'ind-1',
      frequencyMonths: 12,
      scheduleStart: '2021-12-31',
      effectiveFrom: '2022-01-15',
    },
  },
  publishAction: { type: 'ActionPublished', data: {} },
  unpublishAction: { type: 'ActionUnpublished', data: {} },
};

/** What a command needs recorded before it, beyond the status: an unpublication needs its publication. */
const prerequisite: Partial<Record<ActionCommandType, ActionEvent[]>> = {
  unpublishAction: [actionDecided.publishAction],
};

/** The history to a status, the prerequisite recorded while the action was still planned. */
export const actionHistoryFor = (status: ActionStatus, command: ActionCommandType): ActionEvent[] =>
  status === 'none'
    ? []
    : [...base, ...(prerequisite[command] ?? []), ...historyTo[status].slice(base.length)];
