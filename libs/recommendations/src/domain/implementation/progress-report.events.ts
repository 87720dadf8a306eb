import type { IsoDate } from '../iso-date';
import type { EvidenceFile } from './evidence-file';

export const PROGRESS_REPORT_STATUSES = ['none', 'submitted', 'returned', 'validated'] as const;
export type ProgressReportStatus = (typeof PROGRESS_REPORT_STATUSES)[number];

export type IndicatorValue = { indicatorId: string; value: number; note?: string };

/** What a focal point reports for one period of one action. */
export type ProgressReportContent = {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  indicatorValues: IndicatorValue[];
  narrative: string;
  evidence: EvidenceFile[];
};

/** Stream `progress-report-<reportId>`; the institution is the reporter's, fixed at submission. */
export type ProgressReportSubmitted = {
  type: 'ProgressReportSubmitted';
  data: ProgressReportContent & { reportId: string; actionId: string; institutionId: string };
};
export type ProgressReportReturned = { type: 'ProgressReportReturned'; data: { comment: string } };
export type ProgressReportResubmitted = { type: 'ProgressReportResubmitted'; data: ProgressReportContent };
export type ProgressReportValidated = { type: 'ProgressReportValidated'; data: { comment?: string } };

export type ProgressReportEvent =
  ProgressReportSubmitted | ProgressReportReturned | ProgressReportResubmitted | ProgressReportValidated;
export type ProgressReportEventType = ProgressReportEvent['type'];
export const PROGRESS_REPORT_EVENT_TYPES = [
  'ProgressReportSubmitted',
  'ProgressReportReturned',
  'ProgressReportResubmitted',
  'ProgressReportValidated',
] as const satisfies readonly ProgressReportEventType[];
