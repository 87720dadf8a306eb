import { deciderSpec } from '@app/testing';
import { PROGRESS_REPORT_STATUSES, type ProgressReportStatus } from './progress-report.events';
import type { ProgressReportCommand, ProgressReportCommandType } from './progress-report.commands';
import { progressReportDecider } from './progress-report.decider';
import { ProgressReportInvalidTransitionError, ProgressReportNotFoundError } from './progress-report.errors';
import {
  HISTORY_IN,
  resubmit,
  resubmitted,
  returnIt,
  returned,
  submit,
  submitted,
  validateIt,
  validated,
} from './progress-report.fixtures';
import { PROGRESS_REPORT_LIFECYCLE } from './implementation.lifecycle';

const report = deciderSpec(progressReportDecider);

/** Each row's command, and the event it decides when allowed. */
const ROWS: Record<ProgressReportCommandType, { command: ProgressReportCommand; decides: unknown }> = {
  submitProgressReport: { command: submit(), decides: submitted },
  returnProgressReport: { command: returnIt, decides: returned },
  resubmitProgressReport: { command: resubmit(), decides: resubmitted },
  validateProgressReport: { command: validateIt, decides: validated },
};

describe.each(Object.keys(ROWS) as ProgressReportCommandType[])('%s, by the lifecycle table', (type) => {
  const rule = PROGRESS_REPORT_LIFECYCLE[type];
  const from: readonly ProgressReportStatus[] = rule.from;
  const { command, decides } = ROWS[type];

  it.each(from)(`is allowed from %s and moves the report to ${rule.to}`, (status) => {
    const after = report
      .given(HISTORY_IN[status])
      .when(command)
      .then([decides as never]);

    expect(after.status).toBe(rule.to);
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
