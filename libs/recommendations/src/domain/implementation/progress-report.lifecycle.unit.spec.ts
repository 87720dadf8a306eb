import { deciderSpec } from '@app/testing';
import {
  PROGRESS_REPORT_STATUSES,
  type ProgressReportEvent,
  type ProgressReportStatus,
} from './progress-report.events';
import type { ProgressReportCommand, ProgressReportCommandType } from './progress-report.commands';
import { progressReportDecider } from './progress-report.decider';
import { ProgressReportInvalidTransitionError, ProgressReportNotFoundError } from './progress-report.errors';
import {
  HISTORY_IN,
  publishIt,
  reportPublished,
  reportUnpublished,
  resubmit,
  resubmitted,
  returnIt,
  returned,
  submit,
  submitted,
  unpublishIt,
  validateIt,
  validated,
} from './progress-report.fixtures';
import { PROGRESS_REPORT_LIFECYCLE } from './implementation.lifecycle';

const report = deciderSpec(progressReportDecider);

type Row = { command: ProgressReportCommand; decides: unknown; before?: ProgressReportEvent[] };

/** Each row's command, the event it decides when allowed, and what it needs recorded before it. */
const ROWS: Record<ProgressReportCommandType, Row> = {
  submitProgressReport: { command: submit(), decides: submitted },
  returnProgressReport: { command: returnIt, decides: returned },
  resubmitProgressReport: { command: resubmit(), decides: resubmitted },
  validateProgressReport: { command: validateIt, decides: validated },
  publishProgressReport: { command: publishIt, decides: reportPublished },
  unpublishProgressReport: { command: unpublishIt, decides: reportUnpublished, before: [reportPublished] },
};

describe.each(Object.keys(ROWS) as ProgressReportCommandType[])('%s, by the lifecycle table', (type) => {
  const rule = PROGRESS_REPORT_LIFECYCLE[type];
  const from: readonly ProgressReportStatus[] = rule.from;
  const { command, decides, before = [] } = ROWS[type];

  it.each(from)(`is allowed from %s and moves the report to ${rule.to}`, (status) => {
    const after = report
      .given([...HISTORY_IN[status], ...before])
      .when(command)
      .then([decides as never]);

    expect(after.status).toBe(rule.to === 'unchanged' ? status : rule.to);
    expect(decides).toMatchObject({ type: rule.eventType });
  });

  const refused = PROGRESS_REPORT_STATUSES.filter((status) => !from.includes(status));
  it.each(refused)('is refused from %s', (status) => {
    if (status === 'none') {
      report
        .given([])
        .when(command)
        .thenThrows(ProgressReportNotFoundError, { code: 'PROGRESS_REPORT.NOT_FOUND', reportId: 'report-1' });
      return;
    }
    report.given(HISTORY_IN[status]).when(command).thenThrows(ProgressReportInvalidTransitionError, {
      code: 'PROGRESS_REPORT.INVALID_TRANSITION',
      status,
      command: type,
    });
  });
});

describe('progress report state', () => {
  it('keeps the resubmitted content and the institution fixed at submission', () => {
    const state = report.given([submitted, returned, resubmitted]).state();

    expect(state).toMatchObject({
      status: 'submitted',
      institutionId: 'ministry-of-justice',
      narrative: 'Amendments adopted in first reading.',
    });
  });

  it('refuses a stored stream that validates a returned report', () => {
    expect(() => report.given([submitted, returned, validated]).state()).toThrow(
      expect.objectContaining({ code: 'DOMAIN.UNEXPECTED_EVENT' }),
    );
  });
});
