import { Injectable } from '@nestjs/common';
import {
  decideProgressReport,
  evolveAction,
  initialActionState,
  progressReportDecider,
  reportingContextOf,
  type ActionEvent,
  type ActionState,
  type Decider,
  type ProgressReportCommand,
  type ProgressReportState,
  type ReportingContext,
} from '../../domain';
import {
  EventStreamRepository,
  actionStream,
  progressReportStream,
  type CommandResult,
  type LoadedStream,
} from '../common';
import type { CommandContext } from '../common';

/** Reads an action's stream to judge reports on it; it never decides anything about the action itself. */
const actionFold: Decider<never, ActionState, ActionEvent> = {
  initialState: initialActionState,
  decide: () => [],
  evolve: evolveAction,
};

/** Loads what a report decision needs (the action, the report) and appends to the report's stream. */
@Injectable()
export class ProgressReportStreams {
  constructor(private readonly streams: EventStreamRepository) {}

  async reportingContext(actionId: string, reporterInstitutionId?: string): Promise<ReportingContext> {
    const { state } = await this.streams.load(actionStream(actionId), actionFold);
    return reportingContextOf(state, reporterInstitutionId);
  }

  /** The action a stored report is about; undefined when there is no such report. */
  async actionOfReport(reportId: string): Promise<string | undefined> {
    const { state } = await this.report(reportId);
    return state.status === 'none' ? undefined : state.actionId;
  }

  /** A report as its stream folds, with its events as stored (they name its evidence files). */
  report(reportId: string): Promise<LoadedStream<ProgressReportState>> {
    return this.streams.load(progressReportStream(reportId), progressReportDecider);
  }

  async decide(command: ProgressReportCommand, context: CommandContext): Promise<CommandResult> {
    const appended = await this.streams.execute(
      progressReportStream(command.reportId),
      progressReportDecider,
      (state) => decideProgressReport(command, state),
      context,
    );
    return { id: command.reportId, ...appended };
  }
}
