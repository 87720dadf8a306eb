import { UnexpectedEventError } from '../domain.errors';
import type { ActionEvent, ActionStatus } from './action.events';
import type { ActionState } from './action.state';
import { ACTION_LIFECYCLE } from './implementation.lifecycle';

type ExistingAction = Exclude<ActionState, { status: 'none' }>;

/** The state an event may apply to, by the table row that records it; anything else is a corrupt stream. */
function receiving(state: ActionState, from: readonly ActionStatus[], event: ActionEvent): ExistingAction {
  if (state.status === 'none' || !from.includes(state.status)) {
    throw new UnexpectedEventError(state.status, event.type);
  }
  return state;
}

const withStatus = (state: ExistingAction, status: ExistingAction['status']): ActionState => ({
  ...state,
  status,
});

/** Folds one stored event into what decisions on an action need. */
export function evolveAction(state: ActionState, event: ActionEvent): ActionState {
  switch (event.type) {
    case 'ActionCreated': {
      if (state.status !== 'none') throw new UnexpectedEventError(state.status, event.type);
      return { ...event.data, status: 'planned', recommendationIds: [], indicators: [], published: false };
    }
    case 'ActionUpdated':
      return { ...receiving(state, ACTION_LIFECYCLE.updateAction.from, event), ...event.data };
    case 'ActionStarted':
      return withStatus(receiving(state, ACTION_LIFECYCLE.startAction.from, event), 'in_progress');
    case 'ActionDelayed':
      return withStatus(receiving(state, ACTION_LIFECYCLE.delayAction.from, event), 'delayed');
    case 'ActionResumed':
      return withStatus(receiving(state, ACTION_LIFECYCLE.resumeAction.from, event), 'in_progress');
    case 'ActionCompleted':
      return withStatus(receiving(state, ACTION_LIFECYCLE.completeAction.from, event), 'completed');
    case 'ActionCancelled':
      return withStatus(receiving(state, ACTION_LIFECYCLE.cancelAction.from, event), 'cancelled');
    case 'RecommendationsLinked': {
      const current = receiving(state, ACTION_LIFECYCLE.linkRecommendations.from, event);
      const added = event.data.recommendationIds.filter((id) => !current.recommendationIds.includes(id));
      return { ...current, recommendationIds: [...current.recommendationIds, ...added] };
    }
    case 'RecommendationsUnlinked': {
      const current = receiving(state, ACTION_LIFECYCLE.unlinkRecommendations.from, event);
      const removed = new Set(event.data.recommendationIds);
      return { ...current, recommendationIds: current.recommendationIds.filter((id) => !removed.has(id)) };
    }
    case 'IndicatorDefined': {
      const current = receiving(state, ACTION_LIFECYCLE.defineIndicator.from, event);
      return { ...current, indicators: [...current.indicators, event.data] };
    }
    case 'IndicatorScheduleChanged': {
      const current = receiving(state, ACTION_LIFECYCLE.changeIndicatorSchedule.from, event);
      const { indicatorId, frequencyMonths, scheduleStart } = event.data;
      const indicators = current.indicators.map((indicator) =>
        indicator.indicatorId === indicatorId ? { ...indicator, frequencyMonths, scheduleStart } : indicator,
      );
      return { ...current, indicators };
    }
    case 'ActionPublished':
      return { ...receiving(state, ACTION_LIFECYCLE.publishAction.from, event), published: true };
    case 'ActionUnpublished':
      return { ...receiving(state, ACTION_LIFECYCLE.unpublishAction.from, event), published: false };
    default: {
      const _never: never = event;
      return _never;
    }
  }
}
