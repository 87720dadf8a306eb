import { Injectable } from '@nestjs/common';
import type { RecordedEvent } from '@app/event-store';
import {
  ProgressReportNotFoundError,
  ActionNotFoundError,
  actionTakingReports,
  checkReporterOwns,
} from '../../domain';
import type { Reporter } from './progress-report.commands';
import { ProgressReportStreams } from './progress-report.streams';

/**
 * The checks that need no body, run before an upload's files are read, so a caller who may not report here stores
 * nothing: the same guards the decider runs, on the action (and report) as the log holds them now.
 */
@Injectable()
export class ReportAdmission {
  constructor(private readonly reports: ProgressReportStreams) {}

  /** The action exists; a focal point's institution leads or supports it and it still takes reports. */
  async submission(actionId: string, reporter: Reporter): Promise<void> {
    const context = await this.reports.reportingContext(actionId, reporter.institutionId);
    if (reporter.institutionId !== undefined) actionTakingReports(actionId, reporter.institutionId, context);
    else if (context.action === undefined) throw new ActionNotFoundError(actionId);
  }

  /** The report exists and, for a focal point, is their institution's. */
  async resubmission(reportId: string, reporter: Reporter): Promise<void> {
    const { state: report } = await this.reports.report(reportId);
    if (report.status === 'none') throw new ProgressReportNotFoundError(reportId);
    const { institutionId } = reporter;
    checkReporterOwns(
      report.institutionId,
      institutionId === undefined ? {} : { reporterInstitutionId: institutionId },
    );
  }

  /**
   * A report's events, for a download of a file they name: another institution's report is not found to a focal
   * point, exactly as `GET /progress-reports/:id` answers.
   */
  async readableEvents(reportId: string, viewer: Reporter): Promise<RecordedEvent[]> {
    const { state, recorded } = await this.reports.report(reportId);
    const hidden =
      viewer.institutionId !== undefined &&
      state.status !== 'none' &&
      state.institutionId !== viewer.institutionId;
    if (state.status === 'none' || hidden) throw new ProgressReportNotFoundError(reportId);
    return recorded;
  }
}
