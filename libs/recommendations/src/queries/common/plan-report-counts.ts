import type { ReadModelDatabase } from '@app/projections';
import { PROGRESS_REPORT_LIFECYCLE } from '../../domain';
import { REPORT_TABLES } from '../../read-models';

/** Plan progress counts validated reports only: submitted and returned ones are not progress yet. */
export interface PlanReportCounts {
  /** The plan's actions with at least one validated report. */
  actionsWithValidatedReport: number;
  validatedReports: number;
}

export function planReportCounts(db: ReadModelDatabase, planId?: string): Map<string, PlanReportCounts> {
  const rows = db
    .prepare<
      [{ id: string | null; validated: string }],
      { plan_id: string; actions: bigint; reports: bigint }
    >(
      `SELECT a.plan_id, count(DISTINCT r.action_id) AS actions, count(*) AS reports
       FROM ${REPORT_TABLES.reports} r JOIN ${REPORT_TABLES.actions} a USING (action_id)
       WHERE r.status = @validated AND (@id IS NULL OR a.plan_id = @id) GROUP BY a.plan_id`,
    )
    .all({ id: planId ?? null, validated: PROGRESS_REPORT_LIFECYCLE.validateProgressReport.to });
  return new Map(
    rows.map((row) => [
      row.plan_id,
      { actionsWithValidatedReport: Number(row.actions), validatedReports: Number(row.reports) },
    ]),
  );
}

export const NO_REPORTS: PlanReportCounts = { actionsWithValidatedReport: 0, validatedReports: 0 };
