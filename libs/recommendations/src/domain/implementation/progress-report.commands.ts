import type { ProgressReportContent } from './progress-report.events';

/** What the handler tells the decider about the action reported on and who reports. */
export type ReportingContext = {
  /** undefined when the action does not exist. */
  action?: {
    actionId: string;
    status: string;
    leadInstitutionId?: string;
    supportingInstitutionIds: string[];
    indicatorIds: string[];
  };
  /** The reporter's institution (a focal point's); undefined for the secretariat, who may report for any. */
  reporterInstitutionId?: string;
};

export type SubmitProgressReport = ProgressReportContent & {
  type: 'submitProgressReport';
  reportId: string;
  actionId: string;
  /** The institution reported for: the focal point's own, or one the secretariat names. */
  institutionId: string;
  context: ReportingContext;
};
export type ResubmitProgressReport = ProgressReportContent & {
  type: 'resubmitProgressReport';
  reportId: string;
  context: ReportingContext;
};
export type ReturnProgressReport = { type: 'returnProgressReport'; reportId: string; comment: string };
export type ValidateProgressReport = { type: 'validateProgressReport'; reportId: string; comment?: string };

/** Puts a validated report on the public portal, or takes it off (issue 18); a repeated request records nothing. */
export type PublishProgressReport = { type: 'publishProgressReport'; reportId: string };
export type UnpublishProgressReport = { type: 'unpublishProgressReport'; reportId: string };

export type ProgressReportCommand =
  | SubmitProgressReport
  | ResubmitProgressReport
  | ReturnProgressReport
  | ValidateProgressReport
  | PublishProgressReport
  | UnpublishProgressReport;
export type ProgressReportCommandType = ProgressReportCommand['type'];
