import type { DueDates, ProgressReportAnswer } from '../common';

/** An indicator a report gives a value for, as the report form lists it. */
export interface InboxIndicator {
  indicatorId: string;
  name: string;
  unit: string;
  target: number | null;
}

/** One action an institution leads or supports, with its own reports on it and when the next are due. */
export interface InboxAction extends DueDates {
  actionId: string;
  planId: string;
  number: string;
  title: string;
  status: string;
  role: 'lead' | 'supporting';
  targetDate: string | null;
  indicators: InboxIndicator[];
  /** This institution's reports, latest period first. */
  reports: ProgressReportAnswer[];
}

/** `GET /inbox`: what a focal point has to do, most urgent first. */
export interface Inbox {
  institutionId: string;
  /** Returned by the secretariat, waiting to be resubmitted: oldest first. */
  needsResubmission: ProgressReportAnswer[];
  /** Actions with overdue reports first, then by plan and number. */
  actions: InboxAction[];
}
