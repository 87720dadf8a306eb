import type { Decider } from '../decider';
import { UnexpectedEventError } from '../domain.errors';
import { plainJson, withoutUndefined } from '../plain-json.util';
import type { EvidenceFile } from './evidence-file';
import type { ProgressReportCommand } from './progress-report.commands';
import type {
  ProgressReportContent,
  ProgressReportEvent,
  ProgressReportStatus,
} from './progress-report.events';
import {
  actionTakingReports,
  checkContent,
  checkReporterOwns,
  reportAllowing,
} from './progress-report.guards';
import { initialProgressReportState, type ProgressReportState } from './progress-report.state';
import { PROGRESS_REPORT_LIFECYCLE } from './implementation.lifecycle';

/** The content as stored: optional fields left out, no undefined at any depth. */
const contentOf = (command: ProgressReportContent): ProgressReportContent =>
  plainJson({
    periodStart: command.periodStart,
    periodEnd: command.periodEnd,
    indicatorValues: command.indicatorValues.map((value) => withoutUndefined({ ...value })),
    narrative: command.narrative,
    evidence: command.evidence,
  });

/** A resubmission keeps the files the report already has (the ledger names them) and adds new ones, once each. */
const withEarlierEvidence = (
  earlier: readonly EvidenceFile[],
  added: readonly EvidenceFile[],
): EvidenceFile[] => [
  ...earlier,
  ...added.filter((file, index) =>
    [...earlier, ...added.slice(0, index)].every((known) => known.sha256 !== file.sha256),
  ),
];

/** Pure: the action and the reporter's institution arrive in the command's context; throws a DomainError or decides. */
export function decideProgressReport(
  command: ProgressReportCommand,
  state: ProgressReportState,
): ProgressReportEvent[] {
  switch (command.type) {
    case 'submitProgressReport': {
      reportAllowing(command, state);
      const { reportId, actionId, institutionId } = command;
      const action = actionTakingReports(actionId, institutionId, command.context);
      checkContent(command, action.indicatorIds, command.type);
      return [
        {
          type: 'ProgressReportSubmitted',
          data: { reportId, actionId, institutionId, ...contentOf(command) },
        },
      ];
    }
    case 'resubmitProgressReport': {
      // Whose report it is comes before its status: another institution learns nothing of it.
      if (state.status !== 'none') checkReporterOwns(state.institutionId, command.context);
      const current = reportAllowing(command, state);
      checkContent(command, command.context.action?.indicatorIds ?? [], command.type);
      const evidence = withEarlierEvidence(current.evidence, command.evidence);
      return [{ type: 'ProgressReportResubmitted', data: contentOf({ ...command, evidence }) }];
    }
    case 'returnProgressReport':
      reportAllowing(command, state);
      return [{ type: 'ProgressReportReturned', data: { comment: command.comment } }];
    case 'validateProgressReport':
      reportAllowing(command, state);
      return [{ type: 'ProgressReportValidated', data: withoutUndefined({ comment: command.comment }) }];
    case 'publishProgressReport':
      return reportAllowing(command, state).published ? [] : [{ type: 'ProgressReportPublished', data: {} }];
    case 'unpublishProgressReport':
      return reportAllowing(command, state).published
        ? [{ type: 'ProgressReportUnpublished', data: {} }]
        : [];
    default: {
      const _never: never = command;
      return _never;
    }
  }
}

type ExistingReport = Exclude<ProgressReportState, { status: 'none' }>;

/** The state an event applies to, by the table row that records it; anything else is a corrupt stream. */
function receiving(
  state: ProgressReportState,
  from: readonly ProgressReportStatus[],
  type: string,
): ExistingReport {
  if (state.status === 'none' || !from.includes(state.status))
    throw new UnexpectedEventError(state.status, type);
  return state;
}

export function evolveProgressReport(
  state: ProgressReportState,
  event: ProgressReportEvent,
): ProgressReportState {
  const rows = PROGRESS_REPORT_LIFECYCLE;
  switch (event.type) {
    case 'ProgressReportSubmitted':
      if (state.status !== 'none') throw new UnexpectedEventError(state.status, event.type);
      return { ...event.data, status: rows.submitProgressReport.to };
    case 'ProgressReportReturned':
      return {
        ...receiving(state, rows.returnProgressReport.from, event.type),
        status: rows.returnProgressReport.to,
      };
    case 'ProgressReportResubmitted': {
      const current = receiving(state, rows.resubmitProgressReport.from, event.type);
      return { ...current, ...event.data, status: rows.resubmitProgressReport.to };
    }
    case 'ProgressReportValidated': {
      const current = receiving(state, rows.validateProgressReport.from, event.type);
      return { ...current, status: rows.validateProgressReport.to };
    }
    case 'ProgressReportPublished':
      return { ...receiving(state, rows.publishProgressReport.from, event.type), published: true };
    case 'ProgressReportUnpublished': {
      const { published: _published, ...current } = receiving(
        state,
        rows.unpublishProgressReport.from,
        event.type,
      );
      return current;
    }
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

export const progressReportDecider: Decider<ProgressReportCommand, ProgressReportState, ProgressReportEvent> =
  {
    initialState: initialProgressReportState,
    decide: decideProgressReport,
    evolve: evolveProgressReport,
  };
