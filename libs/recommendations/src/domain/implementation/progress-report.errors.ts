import { DomainError } from '../domain.errors';
import type { ProgressReportCommandType } from './progress-report.commands';
import type { ProgressReportStatus } from './progress-report.events';

export class ProgressReportNotFoundError extends DomainError {
  readonly code = 'PROGRESS_REPORT.NOT_FOUND';
  readonly kind = 'not_found';
  constructor(readonly reportId: string) {
    super(`Progress report ${reportId} does not exist`);
  }
  override details(): Record<string, unknown> {
    return { reportId: this.reportId };
  }
}

export class ProgressReportInvalidTransitionError extends DomainError {
  readonly code = 'PROGRESS_REPORT.INVALID_TRANSITION';
  readonly kind = 'rejected';
  constructor(
    readonly status: ProgressReportStatus,
    readonly command: ProgressReportCommandType,
  ) {
    super(`Command ${command} is not allowed when the progress report is ${status}`);
  }
  override details(): Record<string, unknown> {
    return { reportStatus: this.status, command: this.command };
  }
}

/** Completed and cancelled actions take no new reports: the secretariat closed them. */
export class ActionClosedForReportsError extends DomainError {
  readonly code = 'PROGRESS_REPORT.ACTION_CLOSED';
  readonly kind = 'rejected';
  constructor(
    readonly actionId: string,
    readonly actionStatus: string,
  ) {
    super(`Action ${actionId} is ${actionStatus}: it takes no new progress reports`);
  }
  override details(): Record<string, unknown> {
    return { actionId: this.actionId, actionStatus: this.actionStatus };
  }
}

/**
 * The reporter's institution neither leads nor supports the action, or the report is another institution's: a
 * focal point acts for their own institution only. The HTTP edge answers 403.
 */
export class InstitutionOutOfScopeError extends DomainError {
  readonly code = 'PROGRESS_REPORT.INSTITUTION_OUT_OF_SCOPE';
  readonly kind = 'rejected';
  constructor(readonly institutionId: string | undefined) {
    super(`Institution ${institutionId ?? '(none)'} may not report on this action or report`);
  }
  override details(): Record<string, unknown> {
    return this.institutionId === undefined ? {} : { institutionId: this.institutionId };
  }
}

/** The secretariat named an institution that neither leads nor supports the action. */
export class InstitutionNotResponsibleError extends DomainError {
  readonly code = 'PROGRESS_REPORT.INSTITUTION_NOT_RESPONSIBLE';
  readonly kind = 'rejected';
  constructor(
    readonly institutionId: string,
    readonly actionId: string,
  ) {
    super(`Institution ${institutionId} neither leads nor supports action ${actionId}`);
  }
  override details(): Record<string, unknown> {
    return { field: 'institutionId', institutionId: this.institutionId, actionId: this.actionId };
  }
}

export class ReportPeriodInvalidError extends DomainError {
  readonly code = 'PROGRESS_REPORT.INVALID_PERIOD';
  readonly kind = 'rejected';
  constructor(
    readonly periodStart: string,
    readonly periodEnd: string,
  ) {
    super(`A reporting period cannot end (${periodEnd}) before it starts (${periodStart})`);
  }
  override details(): Record<string, unknown> {
    return { field: 'periodEnd', periodStart: this.periodStart, periodEnd: this.periodEnd };
  }
}

/** A value for an indicator the action does not have, or two values for one indicator. */
export class IndicatorValueInvalidError extends DomainError {
  readonly code = 'PROGRESS_REPORT.INDICATOR_VALUE_INVALID';
  readonly kind = 'rejected';
  constructor(
    readonly indicatorId: string,
    readonly reason: 'unknown' | 'repeated',
  ) {
    super(
      `Indicator ${indicatorId} is ${reason === 'unknown' ? 'not an indicator of the action' : 'given twice'}`,
    );
  }
  override details(): Record<string, unknown> {
    return { field: 'indicatorValues', indicatorId: this.indicatorId, reason: this.reason };
  }
}

/** The narrative, or a return's comment, is blank. */
export class ReportTextRequiredError extends DomainError {
  readonly code = 'PROGRESS_REPORT.TEXT_REQUIRED';
  readonly kind = 'rejected';
  constructor(
    readonly field: 'narrative' | 'comment',
    readonly command: ProgressReportCommandType,
  ) {
    super(`Command ${command} requires a non-empty ${field}`);
  }
  override details(): Record<string, unknown> {
    return { field: this.field, command: this.command };
  }
}
