import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../common';
import {
  PublishProgressReportCommand,
  ResubmitProgressReportCommand,
  ReturnProgressReportCommand,
  SubmitProgressReportCommand,
  ValidateProgressReportCommand,
} from './progress-report.commands';
import { ProgressReportStreams } from './progress-report.streams';
import { ReportAdmission } from './report-admission';

@CommandHandler(SubmitProgressReportCommand)
export class SubmitProgressReportHandler implements ICommandHandler<SubmitProgressReportCommand> {
  constructor(private readonly reports: ProgressReportStreams) {}

  async execute({ payload, reporter, context }: SubmitProgressReportCommand): Promise<CommandResult> {
    const reportingContext = await this.reports.reportingContext(payload.actionId, reporter.institutionId);
    // A focal point reports for their own institution; the secretariat names one, or reports for the lead.
    const institutionId =
      reporter.institutionId ?? payload.institutionId ?? reportingContext.action?.leadInstitutionId ?? '';
    return this.reports.decide(
      { ...payload, type: 'submitProgressReport', institutionId, context: reportingContext },
      context,
    );
  }
}

@CommandHandler(ResubmitProgressReportCommand)
export class ResubmitProgressReportHandler implements ICommandHandler<ResubmitProgressReportCommand> {
  constructor(private readonly reports: ProgressReportStreams) {}

  async execute({ payload, reporter, context }: ResubmitProgressReportCommand): Promise<CommandResult> {
    const actionId = await this.reports.actionOfReport(payload.reportId);
    const reportingContext =
      actionId === undefined
        ? {
            ...(reporter.institutionId === undefined
              ? {}
              : { reporterInstitutionId: reporter.institutionId }),
          }
        : await this.reports.reportingContext(actionId, reporter.institutionId);
    return this.reports.decide(
      { ...payload, type: 'resubmitProgressReport', context: reportingContext },
      context,
    );
  }
}

@CommandHandler(ReturnProgressReportCommand)
export class ReturnProgressReportHandler implements ICommandHandler<ReturnProgressReportCommand> {
  constructor(private readonly reports: ProgressReportStreams) {}

  execute({ payload, context }: ReturnProgressReportCommand): Promise<CommandResult> {
    return this.reports.decide({ ...payload, type: 'returnProgressReport' }, context);
  }
}

@CommandHandler(ValidateProgressReportCommand)
export class ValidateProgressReportHandler implements ICommandHandler<ValidateProgressReportCommand> {
  constructor(private readonly reports: ProgressReportStreams) {}

  execute({ payload, context }: ValidateProgressReportCommand): Promise<CommandResult> {
    return this.reports.decide({ ...payload, type: 'validateProgressReport' }, context);
  }
}

@CommandHandler(PublishProgressReportCommand)
export class PublishProgressReportHandler implements ICommandHandler<PublishProgressReportCommand> {
  constructor(private readonly reports: ProgressReportStreams) {}

  execute({ payload, context }: PublishProgressReportCommand): Promise<CommandResult> {
    const type = payload.publish ? 'publishProgressReport' : 'unpublishProgressReport';
    return this.reports.decide({ type, reportId: payload.reportId }, context);
  }
}

/** The progress-report handlers and what they share, for the API module to register. */
export const PROGRESS_REPORT_COMMAND_HANDLERS = [
  ProgressReportStreams,
  ReportAdmission,
  SubmitProgressReportHandler,
  ResubmitProgressReportHandler,
  ReturnProgressReportHandler,
  ValidateProgressReportHandler,
  PublishProgressReportHandler,
];
