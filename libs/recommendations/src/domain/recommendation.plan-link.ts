import { PlanUnknownError, TargetOutsidePeriodError } from './domain.errors';
import { jsonEqual, withoutUndefined } from './plain-json.util';
import type { PlanPeriod, UpdatePlanLink } from './recommendation.commands';
import type { IsoDate, PlanLinkDetails, RecommendationEvent } from './recommendation.events';
import type { PlannedRecommendation } from './recommendation.state';

const PLAN_LINK_DETAILS = [
  'actionRef',
  'actionId',
  'responsibleInstitutions',
  'targetDate',
] as const satisfies readonly (keyof PlanLinkDetails)[];

/** The plan must exist, and a target date, when one is given, must fall inside its period. */
export function checkTargetInPlan(
  planId: string,
  targetDate: IsoDate | undefined,
  plan: PlanPeriod | undefined,
): void {
  if (plan === undefined) throw new PlanUnknownError(planId);
  if (targetDate === undefined) return;
  if (targetDate < plan.periodStart || targetDate > plan.periodEnd) {
    throw new TargetOutsidePeriodError(planId, targetDate, plan.periodStart, plan.periodEnd);
  }
}

/** Records only the plan details that change; nothing when none does, so a repeated update is harmless. */
export function planLinkUpdateOf(
  command: UpdatePlanLink,
  current: PlannedRecommendation,
): RecommendationEvent[] {
  checkTargetInPlan(current.plan.planId, command.targetDate, command.plan);
  const changes = withoutUndefined(
    Object.fromEntries(
      PLAN_LINK_DETAILS.map((field) => [
        field,
        command[field] === undefined || jsonEqual(command[field], current.plan[field])
          ? undefined
          : command[field],
      ]),
    ) as PlanLinkDetails,
  );
  return Object.keys(changes).length === 0 ? [] : [{ type: 'PlanLinkUpdated', data: changes }];
}
