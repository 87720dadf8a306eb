import type {
  ProgressReportCommand,
  ReportingContext,
  ResubmitProgressReport,
  SubmitProgressReport,
} from './progress-report.commands';
import type { ProgressReportEvent, ProgressReportStatus } from './progress-report.events';

/** Test data of the progress-report specs: one action led by the Ministry of Justice, supported by the Ombudsperson. */
export const REPORT_ID = 'report-1';
export const ACTION_ID = 'action-2-1-3';
export const LEAD = 'ministry-of-justice';
export const SUPPORTING = 'ombudsperson';
export const OTHER = 'ministry-of-health';

export const reportedAction = (status = 'in_progress'): NonNullable<ReportingContext['action']> => ({
  actionId: ACTION_ID,
  status,
  leadInstitutionId: LEAD,
  supportingInstitutionIds: [SUPPORTING],
  indicatorIds: ['ind-1', 'ind-2'],
});

export const asFocalPointOf = (institutionId: string, status?: string): ReportingContext => ({
  action: reportedAction(status),
  reporterInstitutionId: institutionId,
});
export const asSecretariat = (status?: string): ReportingContext => ({ action: reportedAction(status) });

const content = {
  periodStart: '2025-01-01',
  periodEnd: '2025-06-30',
  indicatorValues: [{ indicatorId: 'ind-1', value: 12 }],
  narrative: 'Draft amendments sent to the Mejlis.',
  evidence: [],
};

export const submit = (overrides: Partial<SubmitProgressReport> = {}): SubmitProgressReport => ({
  type: 'submitProgressReport',
  reportId: REPORT_ID,
  actionId: ACTION_ID,
  institutionId: LEAD,
  context: asFocalPointOf(LEAD),
  ...content,
  ...overrides,
});

export const resubmit = (overrides: Partial<ResubmitProgressReport> = {}): ResubmitProgressReport => ({
  type: 'resubmitProgressReport',
  reportId: REPORT_ID,
  context: asFocalPointOf(LEAD),
  ...content,
  narrative: 'Amendments adopted in first reading.',
  ...overrides,
});

export const returnIt: ProgressReportCommand = {
  type: 'returnProgressReport',
  reportId: REPORT_ID,
  comment: 'Attach the draft.',
};
export const validateIt: ProgressReportCommand = { type: 'validateProgressReport', reportId: REPORT_ID };

export const submitted: ProgressReportEvent = {
  type: 'ProgressReportSubmitted',
  data: { reportId: REPORT_ID, actionId: ACTION_ID, institutionId: LEAD, ...content },
};
export const returned: ProgressReportEvent = {
  type: 'ProgressReportReturned',
  data: { comment: 'Attach the draft.' },
};
export const resubmitted: ProgressReportEvent = {
  type: 'ProgressReportResubmitted',
  data: { ...content, narrative: 'Amendments adopted in first reading.' },
};
export const validated: ProgressReportEvent = { type: 'ProgressReportValidated', data: {} };
export const publishIt: ProgressReportCommand = { type: 'publishProgressReport', reportId: REPORT_ID };
export const unpublishIt: ProgressReportCommand = { type: 'unpublishProgressReport', reportId: REPORT_ID };
export const reportPublished: ProgressReportEvent = { type: 'ProgressReportPublished', data: {} };
export const reportUnpublished: ProgressReportEvent = { type: 'ProgressReportUnpublished', data: {} };

/** A history that leaves the report in each status. */
export const HISTORY_IN: Record<ProgressReportStatus, ProgressReportEvent[]> = {
  none: [],
  submitted: [submitted],
  returned: [submitted, returned],
  validated: [submitted, validated],
};
