import type {
  ProgressReportCommand,
  ProgressReportCommandType,
  ReportingContext,
} from './progress-report.commands';
import {
  ActionClosedForReportsError,
  IndicatorValueInvalidError,
  InstitutionNotResponsibleError,
  InstitutionOutOfScopeError,
  ProgressReportInvalidTransitionError,
  ProgressReportNotFoundError,
  ReportPeriodInvalidError,
  ReportTextRequiredError,
} from './progress-report.errors';
import type { ProgressReportContent, ProgressReportStatus } from './progress-report.events';
import type { ProgressReportState } from './progress-report.state';
import type { ActionStatus } from './action.events';
import { ActionNotFoundError } from './action.errors';
import { PROGRESS_REPORT_LIFECYCLE } from './implementation.lifecycle';

/** Work on the action is still open: completed and cancelled actions take no new reports (docs/progress-reports.md). */
export const REPORTABLE_ACTION_STATUSES: readonly ActionStatus[] = ['planned', 'in_progress', 'delayed'];

type FromOf<C extends ProgressReportCommandType> = (typeof PROGRESS_REPORT_LIFECYCLE)[C]['from'][number];
type ReportIn<S extends ProgressReportStatus> = ProgressReportState & { status: S };
export type ReportedAction = NonNullable<ReportingContext['action']>;

/** Checks the command against the lifecycle table; returns the state narrowed to the statuses the row allows. */
export function reportAllowing<C extends ProgressReportCommandType>(
  command: ProgressReportCommand & { type: C },
  state: ProgressReportState,
): ReportIn<FromOf<C>> {
  const rule = PROGRESS_REPORT_LIFECYCLE[command.type];
  const from: readonly ProgressReportStatus[] = rule.from;
  if (state.status === 'none' && !from.includes('none'))
    throw new ProgressReportNotFoundError(command.reportId);
  if (!from.includes(state.status))
    throw new ProgressReportInvalidTransitionError(state.status, command.type);
  if ('justification' in rule) requireText(command, rule.justification);
  return state as ReportIn<FromOf<C>>;
}

function requireText(command: ProgressReportCommand, field: 'comment' | 'narrative'): void {
  const value: unknown = (command as Readonly<Record<string, unknown>>)[field];
  if (typeof value !== 'string' || value.trim() === '')
    throw new ReportTextRequiredError(field, command.type);
}

/**
 * A new report: the action exists and is open, and the institution reported for leads or supports it. A focal
 * point reports for their own institution only; the secretariat may name any institution of the action.
 */
export function actionTakingReports(
  actionId: string,
  institutionId: string,
  context: ReportingContext,
): ReportedAction {
  const { action, reporterInstitutionId } = context;
  if (action === undefined) throw new ActionNotFoundError(actionId);
  const responsible = isResponsible(action, institutionId);
  if (reporterInstitutionId !== undefined && (reporterInstitutionId !== institutionId || !responsible)) {
    throw new InstitutionOutOfScopeError(reporterInstitutionId);
  }
  if (!responsible) throw new InstitutionNotResponsibleError(institutionId, actionId);
  if (!(REPORTABLE_ACTION_STATUSES as readonly string[]).includes(action.status)) {
    throw new ActionClosedForReportsError(actionId, action.status);
  }
  return action;
}

/** A focal point resubmits only their own institution's report; the secretariat any. */
export function checkReporterOwns(institutionId: string, context: ReportingContext): void {
  const reporter = context.reporterInstitutionId;
  if (reporter !== undefined && reporter !== institutionId) throw new InstitutionOutOfScopeError(reporter);
}

export const isResponsible = (action: ReportedAction, institutionId: string): boolean =>
  action.leadInstitutionId === institutionId || action.supportingInstitutionIds.includes(institutionId);

/** The period runs forwards, every value is for one of the action's indicators, once, and there is a narrative. */
export function checkContent(
  content: ProgressReportContent,
  indicatorIds: readonly string[],
  command: ProgressReportCommandType,
): void {
  if (content.periodEnd < content.periodStart) {
    throw new ReportPeriodInvalidError(content.periodStart, content.periodEnd);
  }
  const seen = new Set<string>();
  for (const { indicatorId } of content.indicatorValues) {
    if (!indicatorIds.includes(indicatorId)) throw new IndicatorValueInvalidError(indicatorId, 'unknown');
    if (seen.has(indicatorId)) throw new IndicatorValueInvalidError(indicatorId, 'repeated');
    seen.add(indicatorId);
  }
  if (content.narrative.trim() === '') throw new ReportTextRequiredError('narrative', command);
}
