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

/** The portal shows a report only while it is published, validated, and its action published too. */
export type ProgressReportPublished = { type: 'ProgressReportPublished'; data: Record<string, never> };
export type ProgressReportUnpublished = { type: 'ProgressReportUnpublished'; data: Record<string, never> };

export type ProgressReportEvent =
  | ProgressReportSubmitted
  | ProgressReportReturned
  | ProgressReportResubmitted
  | ProgressReportValidated
  | ProgressReportPublished
  | ProgressReportUnpublished;
export type ProgressReportEventType = ProgressReportEvent['type'];
export const PROGRESS_REPORT_EVENT_TYPES = [
  'ProgressReportSubmitted',
  'ProgressReportReturned',
  'ProgressReportResubmitted',
  'ProgressReportValidated',
  'ProgressReportPublished',
  'ProgressReportUnpublished',
] as const satisfies readonly ProgressReportEventType[];
