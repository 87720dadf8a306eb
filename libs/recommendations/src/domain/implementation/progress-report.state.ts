import type { ProgressReportContent, ProgressReportStatus } from './progress-report.events';

export type ProgressReportState =
  | { status: 'none' }
  | (ProgressReportContent & {
      status: Exclude<ProgressReportStatus, 'none'>;
      reportId: string;
      actionId: string;
      institutionId: string;
      /** On the public portal; only a validated report can be. */
      published?: true;
    });

export const initialProgressReportState: ProgressReportState = { status: 'none' };
