import type { ReadModelDatabase } from '@app/projections';
import { PROJECTION_NAMES, TABLES } from '../../read-models';
import { NO_REPORTS, planReportCounts, type PlanReportCounts } from './plan-report-counts';

/** Plan answers read recommendations and validated progress reports: a query waits for both. */
export const PLAN_PROJECTIONS = [PROJECTION_NAMES.recommendations, PROJECTION_NAMES.progressReports];

/** The statuses a recommendation can be in once it is linked to a plan. */
export const PLAN_LINKED_STATUSES = ['planned', 'implemented', 'archived'] as const;

export interface PlanCounts {
  total: number;
  byStatus: Record<(typeof PLAN_LINKED_STATUSES)[number], number>;
  /** Planned recommendations whose target date has passed (today by the injected clock). */
  overdueTargets: number;
}

export interface PlanWithCounts {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  counts: PlanCounts;
  /** Validated progress reports on the plan's actions (progress-reports read model). */
  reports: PlanReportCounts;
}

interface PlanRow {
  id: string;
  title: string;
  period_start: string;
  period_end: string;
}

const emptyCounts = (): PlanCounts => ({
  total: 0,
  byStatus: { planned: 0, implemented: 0, archived: 0 },
  overdueTargets: 0,
});

/** Plans (one, or all in id order) with their recommendation counts, aggregated at query time. */
export function readPlans(db: ReadModelDatabase, today: string, id?: string): PlanWithCounts[] {
  const plans = db
    .prepare<[{ id: string | null }], PlanRow>(
      `SELECT id, title, period_start, period_end FROM ${TABLES.plans}
       WHERE @id IS NULL OR id = @id ORDER BY id`,
    )
    .all({ id: id ?? null });
  const counts = db
    .prepare<
      [{ id: string | null; today: string }],
      { plan_id: string; status: string; n: bigint; overdue: bigint }
    >(
      `SELECT plan_id, status, count(*) AS n,
         sum(status = 'planned' AND plan_target_date < @today) AS overdue
       FROM ${TABLES.recommendations} WHERE plan_id IS NOT NULL AND (@id IS NULL OR plan_id = @id)
       GROUP BY plan_id, status`,
    )
    .all({ id: id ?? null, today });
  const byPlan = new Map(plans.map((plan) => [plan.id, emptyCounts()]));
  for (const row of counts) {
    const plan = byPlan.get(row.plan_id);
    if (!plan) continue;
    plan.total += Number(row.n);
    plan.overdueTargets += Number(row.overdue);
    if (row.status in plan.byStatus)
      plan.byStatus[row.status as keyof PlanCounts['byStatus']] += Number(row.n);
  }
  const reports = planReportCounts(db, id);
  return plans.map((plan) => ({
    id: plan.id,
    title: plan.title,
    periodStart: plan.period_start,
    periodEnd: plan.period_end,
    counts: byPlan.get(plan.id) ?? emptyCounts(),
    reports: reports.get(plan.id) ?? NO_REPORTS,
  }));
}
