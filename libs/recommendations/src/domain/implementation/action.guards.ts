import { PlanNotFoundError, TargetOutsidePeriodError } from '../domain.errors';
import {
  ActionDatesOutOfOrderError,
  ActionInvalidTransitionError,
  ActionJustificationRequiredError,
  ActionNotFoundError,
  InstitutionUnknownError,
  InvalidReportingFrequencyError,
  LeadAlsoSupportingError,
} from './action.errors';
import type { ActionCommand, ActionContext } from './action.commands';
import type { ActionDetails } from './action.events';
import type { ActionState } from './action.state';
import { ACTION_LIFECYCLE, type AggregateRule } from './implementation.lifecycle';

export type ExistingAction = Exclude<ActionState, { status: 'none' }>;

/** Checks the command against ACTION_LIFECYCLE (status and justification); creation is checked by its caller. */
export function actionAllowing(command: ActionCommand, state: ActionState): ExistingAction {
  const rule: AggregateRule<string, string> = ACTION_LIFECYCLE[command.type];
  if (state.status === 'none') throw new ActionNotFoundError(command.actionId);
  if (!rule.from.includes(state.status)) throw new ActionInvalidTransitionError(state.status, command.type);
  requireJustification(command, rule);
  return state;
}

function requireJustification(command: ActionCommand, rule: AggregateRule<string, string>): void {
  if (rule.justification === undefined) return;
  const value = (command as Readonly<Record<string, unknown>>)[rule.justification];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ActionJustificationRequiredError(rule.justification, command.type);
  }
}

/** The rules an action's details obey, checked on the details it would have after the command. */
export function checkDetails(details: ActionDetails, planId: string, context: ActionContext): void {
  const { plan } = context;
  if (plan === undefined) throw new PlanNotFoundError(planId);
  if (context.unknownInstitutionIds.length > 0)
    throw new InstitutionUnknownError(context.unknownInstitutionIds);
  const { leadInstitutionId, supportingInstitutionIds, startDate, targetDate } = details;
  if (leadInstitutionId !== undefined && supportingInstitutionIds.includes(leadInstitutionId)) {
    throw new LeadAlsoSupportingError(leadInstitutionId);
  }
  if (startDate !== undefined && targetDate !== undefined && startDate > targetDate) {
    throw new ActionDatesOutOfOrderError(startDate, targetDate);
  }
  if (targetDate !== undefined && (targetDate < plan.periodStart || targetDate > plan.periodEnd)) {
    throw new TargetOutsidePeriodError(planId, targetDate, plan.periodStart, plan.periodEnd);
  }
}

/** Reports are due every 1 to 60 whole months. */
export function checkFrequency(frequencyMonths: number): void {
  if (!Number.isInteger(frequencyMonths) || frequencyMonths < 1 || frequencyMonths > 60) {
    throw new InvalidReportingFrequencyError(frequencyMonths);
  }
}
