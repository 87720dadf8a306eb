import type { Decider } from './decider';
import { InvalidPlanPeriodError, PlanAlreadyExistsError, UnexpectedEventError } from './domain.errors';
import type { PlanCommand } from './plan.commands';
import type { PlanEvent } from './plan.events';
import { initialPlanState, type PlanState } from './plan.state';
import type { PlanPeriod } from './recommendation.commands';

export { initialPlanState };

export function decidePlan(command: PlanCommand, state: PlanState): PlanEvent[] {
  switch (command.type) {
    case 'registerPlan': {
      if (state.status !== 'none') throw new PlanAlreadyExistsError(command.planId);
      const { planId, title, periodStart, periodEnd } = command;
      if (periodEnd < periodStart) throw new InvalidPlanPeriodError(periodStart, periodEnd);
      return [{ type: 'PlanRegistered', data: { planId, title, periodStart, periodEnd } }];
    }
    default: {
      const _never: never = command.type;
      return _never;
    }
  }
}

export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  switch (event.type) {
    case 'PlanRegistered':
      if (state.status !== 'none') throw new UnexpectedEventError(state.status, event.type);
      return { status: 'registered', ...event.data };
    default: {
      const _never: never = event.type;
      return _never;
    }
  }
}

/** What `reflectInPlan` needs from a plan, as its handler passes it to the recommendation decider. */
export const planPeriodOf = (state: PlanState): PlanPeriod | undefined =>
  state.status === 'registered'
    ? { id: state.planId, periodStart: state.periodStart, periodEnd: state.periodEnd }
    : undefined;

export const planDecider: Decider<PlanCommand, PlanState, PlanEvent> = {
  initialState: initialPlanState,
  decide: decidePlan,
  evolve: evolvePlan,
};
