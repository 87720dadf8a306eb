import {
  EffectiveDateInFutureError,
  InvalidTransitionError,
  RationaleRequiredError,
  RecommendationNotFoundError,
  UnexpectedEventError,
} from './domain.errors';
import { LIFECYCLE, type LifecycleRule } from './lifecycle.table';
import type { RecommendationCommand, RecommendationCommandType } from './recommendation.commands';
import type { IsoDate, RecommendationEvent } from './recommendation.events';
import type { RecommendationState, RecommendationStatus, StateIn } from './recommendation.state';

type FromOf<C extends RecommendationCommandType> = (typeof LIFECYCLE)[C]['from'][number];

const isIn = <S extends RecommendationStatus>(
  state: RecommendationState,
  statuses: readonly S[],
): state is StateIn<S> => (statuses as readonly RecommendationStatus[]).includes(state.status);

/** Checks the command against the lifecycle table and returns the state narrowed to the statuses it allows. */
export function stateAllowing<C extends RecommendationCommandType>(
  command: RecommendationCommand & { type: C },
  state: RecommendationState,
): StateIn<FromOf<C>> {
  const rule: LifecycleRule = LIFECYCLE[command.type];
  if (state.status === 'none' && command.type !== 'propose') {
    throw new RecommendationNotFoundError(command.recommendationId);
  }
  if (!isIn(state, rule.from as readonly FromOf<C>[])) {
    throw new InvalidTransitionError(state.status, command.type);
  }
  requireJustification(command, rule);
  return state;
}

function requireJustification(command: RecommendationCommand, rule: LifecycleRule): void {
  if (rule.justification === undefined) return;
  const fields: Readonly<Record<string, unknown>> = command;
  const given = (field: string | undefined): boolean =>
    field !== undefined && typeof fields[field] === 'string' && (fields[field] as string).trim() !== '';
  if (!given(rule.justification) && !given(rule.justifiedInstead)) {
    throw new RationaleRequiredError(rule.justification, command.type, rule.justifiedInstead);
  }
}

/** Narrows the state an event applies to; a stored stream that breaks the lifecycle is refused, not guessed at. */
export function stateReceiving<S extends RecommendationStatus>(
  state: RecommendationState,
  statuses: readonly S[],
  event: RecommendationEvent,
): StateIn<S> {
  if (!isIn(state, statuses)) throw new UnexpectedEventError(state.status, event.type);
  return state;
}

/** A decision may be back-dated (the review session it was taken at) but not dated after the day it is recorded. */
export function checkEffectiveDate(command: { effectiveDate?: IsoDate; today: IsoDate }): void {
  if (command.effectiveDate !== undefined && command.effectiveDate > command.today) {
    throw new EffectiveDateInFutureError(command.effectiveDate, command.today);
  }
}
