import type { ReadModelDatabase } from '@app/projections';
import type { EvidenceFile, IndicatorValue, ProgressReportStatus } from '../../domain';
import { REPORT_TABLES } from '../../read-models';

/** Who reads: a focal point sees their own institution's reports only; every other role sees all of them. */
export interface ReportViewer {
  institutionId?: string;
}

/** `GET /progress-reports/:id`, one item of the lists, as docs/progress-reports.md shows it. */
export interface ProgressReportAnswer {
  id: string;
  actionId: string;
  action: { planId: string; number: string; title: string } | null;
  institutionId: string;
  status: Exclude<ProgressReportStatus, 'none'>;
  periodStart: string;
  periodEnd: string;
  indicatorValues: IndicatorValue[];
  narrative: string;
  /** Every file the report's submissions gave, oldest first. */
  evidence: ReportEvidence[];
  firstSubmittedAt: string;
  submittedAt: string;
  submittedBy: string;
  returnedComment: string | null;
  validatedAt: string | null;
  validatedBy: string | null;
  validatedComment: string | null;
  /** On the public portal (issue 18); only a validated report can be. */
  published: boolean;
  revision: number;
  updatedAt: string;
}

/** A report's file as answered: where it downloads from, to whoever may read the report. */
export type ReportEvidence = EvidenceFile & { href: string };

export const reportEvidenceHref = (reportId: string, sha256: string): string =>
  `/progress-reports/${reportId}/evidence/${sha256}`;

type ReportRow = Record<string, string | number | bigint | null>;

const text = (value: unknown): string => String(value);
const maybe = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

/** The select every report query starts from: the report and its action, as its own model keeps it. */
export const REPORT_SELECT = `SELECT r.*, a.plan_id, a.number, a.title FROM ${REPORT_TABLES.reports} r
  LEFT JOIN ${REPORT_TABLES.actions} a ON a.action_id = r.action_id`;

/** `@institution IS NULL` lets every role but a focal point through. */
export const VIEWER_FILTER = '(@institution IS NULL OR r.institution_id = @institution)';

export const viewerParams = (viewer: ReportViewer): { institution: string | null } => ({
  institution: viewer.institutionId ?? null,
});

function valuesOf(db: ReadModelDatabase, reportIds: readonly string[]): Map<string, IndicatorValue[]> {
  const byReport = new Map<string, IndicatorValue[]>(reportIds.map((id) => [id, []]));
  if (reportIds.length === 0) return byReport;
  const rows = db
    .prepare<string[], ReportRow>(
      `SELECT * FROM ${REPORT_TABLES.values} WHERE report_id IN (${reportIds.map(() => '?').join(',')})
       ORDER BY indicator_id`,
    )
    .all(...reportIds);
  for (const row of rows) {
    const value = { indicatorId: text(row.indicator_id), value: Number(row.value) };
    byReport.get(text(row.report_id))?.push(row.note === null ? value : { ...value, note: text(row.note) });
  }
  return byReport;
}

/** Report rows (from REPORT_SELECT) as answered, each with its indicator values. */
export function reportAnswers(db: ReadModelDatabase, rows: readonly ReportRow[]): ProgressReportAnswer[] {
  const values = valuesOf(
    db,
    rows.map((row) => text(row.report_id)),
  );
  return rows.map((row) => ({
    id: text(row.report_id),
    actionId: text(row.action_id),
    action:
      row.plan_id === null
        ? null
        : { planId: text(row.plan_id), number: text(row.number), title: text(row.title) },
    institutionId: text(row.institution_id),
    status: text(row.status) as ProgressReportAnswer['status'],
    periodStart: text(row.period_start),
    periodEnd: text(row.period_end),
    indicatorValues: values.get(text(row.report_id)) ?? [],
    narrative: text(row.narrative),
    evidence: (JSON.parse(text(row.evidence)) as EvidenceFile[]).map((file) => ({
      ...file,
      href: reportEvidenceHref(text(row.report_id), file.sha256),
    })),
    firstSubmittedAt: text(row.first_submitted_at),
    submittedAt: text(row.submitted_at),
    submittedBy: text(row.submitted_by),
    returnedComment: maybe(row.returned_comment),
    validatedAt: maybe(row.validated_at),
    validatedBy: maybe(row.validated_by),
    validatedComment: maybe(row.validated_comment),
    published: Number(row.published) === 1,
    revision: Number(row.revision),
    updatedAt: text(row.updated_at),
  }));
}
