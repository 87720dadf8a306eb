import type { ActionState } from './action.state';
import type { ReportingContext } from './progress-report.commands';

/** What the progress-report decider needs of the action reported on and of the reporter (a focal point's institution). */
export function reportingContextOf(action: ActionState, reporterInstitutionId?: string): ReportingContext {
  const reporter = reporterInstitutionId === undefined ? {} : { reporterInstitutionId };
  if (action.status === 'none') return reporter;
  return {
    ...reporter,
    action: {
      actionId: action.actionId,
      status: action.status,
      ...(action.leadInstitutionId === undefined ? {} : { leadInstitutionId: action.leadInstitutionId }),
      supportingInstitutionIds: action.supportingInstitutionIds,
      indicatorIds: action.indicators.map((indicator) => indicator.indicatorId),
    },
  };
}
