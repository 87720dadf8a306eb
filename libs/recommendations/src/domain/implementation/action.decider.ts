import type { Decider } from '../decider';
import { jsonEqual, withoutUndefined } from '../plain-json.util';
import {
  ActionAlreadyExistsError,
  IndicatorAlreadyDefinedError,
  IndicatorNotFoundError,
  RecommendationsUnknownError,
} from './action.errors';
import type {
  ActionCommand,
  ChangeIndicatorSchedule,
  CreateAction,
  DefineIndicator,
  UpdateAction,
} from './action.commands';
import type { ActionDetails, ActionEvent } from './action.events';
import { evolveAction } from './action.evolve';
import { actionAllowing, checkDetails, checkFrequency, type ExistingAction } from './action.guards';
import { initialActionState, type ActionState } from './action.state';

const DETAIL_FIELDS = [
  'title',
  'description',
  'leadInstitutionId',
  'supportingInstitutionIds',
  'startDate',
  'targetDate',
] as const satisfies readonly (keyof ActionDetails)[];

/** Pure: the plan, the unknown institutions and recommendations, and today arrive in the command. */
export function decideAction(command: ActionCommand, state: ActionState): ActionEvent[] {
  if (command.type === 'createAction') return created(command, state);
  const current = actionAllowing(command, state);
  switch (command.type) {
    case 'updateAction':
      return updated(command, current);
    case 'startAction':
      return [{ type: 'ActionStarted', data: {} }];
    case 'delayAction':
      return [{ type: 'ActionDelayed', data: { reason: command.reason } }];
    case 'resumeAction':
      return [{ type: 'ActionResumed', data: {} }];
    case 'completeAction':
      return [{ type: 'ActionCompleted', data: withoutUndefined({ note: command.note }) }];
    case 'cancelAction':
      return [{ type: 'ActionCancelled', data: { reason: command.reason } }];
    case 'linkRecommendations': {
      if (command.unknownRecommendationIds.length > 0) {
        throw new RecommendationsUnknownError(command.unknownRecommendationIds);
      }
      const added = [...new Set(command.recommendationIds)].filter(
        (id) => !current.recommendationIds.includes(id),
      );
      return added.length === 0
        ? []
        : [{ type: 'RecommendationsLinked', data: { recommendationIds: added } }];
    }
    case 'unlinkRecommendations': {
      const removed = [...new Set(command.recommendationIds)].filter((id) =>
        current.recommendationIds.includes(id),
      );
      return removed.length === 0
        ? []
        : [{ type: 'RecommendationsUnlinked', data: { recommendationIds: removed } }];
    }
    case 'defineIndicator':
      return [indicatorDefined(command, current)];
    case 'changeIndicatorSchedule':
      return scheduleChanged(command, current);
    case 'publishAction':
      return current.published ? [] : [{ type: 'ActionPublished', data: {} }];
    case 'unpublishAction':
      return current.published ? [{ type: 'ActionUnpublished', data: {} }] : [];
    default: {
      const _never: never = command;
      return _never;
    }
  }
}

function created(command: CreateAction, state: ActionState): ActionEvent[] {
  if (state.status !== 'none') throw new ActionAlreadyExistsError(command.actionId, command.number);
  checkDetails(command, command.planId, command.context);
  const { actionId, planId, number, title, description, leadInstitutionId, startDate, targetDate } = command;
  const supportingInstitutionIds = [...new Set(command.supportingInstitutionIds)];
  const data = { actionId, planId, number, title, description, leadInstitutionId, supportingInstitutionIds };
  return [{ type: 'ActionCreated', data: withoutUndefined({ ...data, startDate, targetDate }) }];
}

/** Only the details that change; nothing when none does, so a repeated update is harmless. */
function updated(command: UpdateAction, current: ExistingAction): ActionEvent[] {
  const changes = withoutUndefined(
    Object.fromEntries(
      DETAIL_FIELDS.map((field) => [
        field,
        command[field] === undefined || jsonEqual(command[field], current[field])
          ? undefined
          : command[field],
      ]),
    ) as Partial<ActionDetails>,
  );
  if (Object.keys(changes).length === 0) return [];
  checkDetails({ ...current, ...changes }, current.planId, command.context);
  return [{ type: 'ActionUpdated', data: changes }];
}

function indicatorDefined(command: DefineIndicator, current: ExistingAction): ActionEvent {
  checkFrequency(command.frequencyMonths);
  if (current.indicators.some((indicator) => indicator.indicatorId === command.indicatorId)) {
    throw new IndicatorAlreadyDefinedError(command.indicatorId);
  }
  const { indicatorId, name, unit, baseline, target, frequencyMonths, scheduleStart } = command;
  return {
    type: 'IndicatorDefined',
    data: withoutUndefined({ indicatorId, name, unit, baseline, target, frequencyMonths, scheduleStart }),
  };
}

function scheduleChanged(command: ChangeIndicatorSchedule, current: ExistingAction): ActionEvent[] {
  const indicator = current.indicators.find((candidate) => candidate.indicatorId === command.indicatorId);
  if (indicator === undefined) throw new IndicatorNotFoundError(command.indicatorId);
  checkFrequency(command.frequencyMonths);
  const { indicatorId, frequencyMonths, scheduleStart, today } = command;
  if (indicator.frequencyMonths === frequencyMonths && indicator.scheduleStart === scheduleStart) return [];
  return [
    {
      type: 'IndicatorScheduleChanged',
      data: { indicatorId, frequencyMonths, scheduleStart, effectiveFrom: today },
    },
  ];
}

export const actionDecider: Decider<ActionCommand, ActionState, ActionEvent> = {
  initialState: initialActionState,
  decide: decideAction,
  evolve: evolveAction,
};
