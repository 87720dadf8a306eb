import { Command } from '@nestjs/cqrs';
import type { ProgressReportContent } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

/** Who reports: a focal point's institution scopes everything they do; the secretariat has none. */
export interface Reporter {
  institutionId?: string;
}

export class SubmitProgressReportCommand extends Command<CommandResult> {
  constructor(
    readonly payload: ProgressReportContent & {
      reportId: string;
      actionId: string;
      /** Required from the secretariat; a focal point reports for their own institution. */
      institutionId?: string;
    },
    readonly reporter: Reporter,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class ResubmitProgressReportCommand extends Command<CommandResult> {
  constructor(
    readonly payload: ProgressReportContent & { reportId: string },
    readonly reporter: Reporter,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class ReturnProgressReportCommand extends Command<CommandResult> {
  constructor(
    readonly payload: { reportId: string; comment: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Publishes a validated report on the portal (`publish`), or takes it off. */
export class PublishProgressReportCommand extends Command<CommandResult> {
  constructor(
    readonly payload: { reportId: string; publish: boolean },
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class ValidateProgressReportCommand extends Command<CommandResult> {
  constructor(
    readonly payload: { reportId: string; comment?: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
