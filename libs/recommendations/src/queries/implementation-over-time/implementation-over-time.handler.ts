import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { LIFECYCLE } from '../../domain';
import { TABLES } from '../../read-models';
import { ReadModels, filterSql, filteredModels, isoToday, type RecommendationFilters } from '../common';
import {
  ImplementationOverTimeQuery,
  type ImplementationOverTime,
  type MonthlyImplementation,
} from './implementation-over-time.query';

type MonthRow = { month: string; reflected: bigint; implemented: bigint };

/** `2021-12` → `2022-01`. */
export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** Months without a step count zero, so a chart's axis has no gaps; the series runs on to `until`. */
export function monthSeries(rows: readonly MonthRow[], until: string): MonthlyImplementation[] {
  if (rows.length === 0) return [];
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const last = rows[rows.length - 1].month > until ? rows[rows.length - 1].month : until;
  const months: MonthlyImplementation[] = [];
  let reflectedInPlanToDate = 0;
  let implementedToDate = 0;
  for (let month = rows[0].month; month <= last; month = nextMonth(month)) {
    const row = byMonth.get(month);
    const reflectedInPlan = Number(row?.reflected ?? 0);
    const implemented = Number(row?.implemented ?? 0);
    reflectedInPlanToDate += reflectedInPlan;
    implementedToDate += implemented;
    months.push({ month, reflectedInPlan, implemented, reflectedInPlanToDate, implementedToDate });
  }
  return months;
}

/**
 * Per month, how many recommendations were reflected in a plan and how many were implemented, from the transitions
 * the lifecycle read model keeps (the event's business time), so later archiving does not erase either step.
 */
@QueryHandler(ImplementationOverTimeQuery)
export class ImplementationOverTimeHandler implements IQueryHandler<ImplementationOverTimeQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ filters, consistentWith }: ImplementationOverTimeQuery) {
    const now = this.clock();
    const answer = await this.readModels.answer(filteredModels(filters), consistentWith, () =>
      this.count(filters, isoToday(now)),
    );
    const value: ImplementationOverTime = {
      position: answer.position.toString(),
      months: monthSeries(answer.value, isoToday(now).slice(0, 7)),
    };
    return { position: answer.position, value };
  }

  private count(filters: RecommendationFilters, today: string): MonthRow[] {
    const { where, params } = filterSql(filters, today);
    const sql = `SELECT substr(tr.at, 1, 7) AS month,
        count(DISTINCT CASE WHEN tr.type = @reflected THEN tr.recommendation_id END) AS reflected,
        count(DISTINCT CASE WHEN tr.type = @implemented THEN tr.recommendation_id END) AS implemented
      FROM ${TABLES.recommendations} r JOIN ${TABLES.transitions} tr ON tr.recommendation_id = r.id
      WHERE tr.type IN (@reflected, @implemented) AND ${where}
      GROUP BY month ORDER BY month`;
    return this.readModels.db.prepare<[object], MonthRow>(sql).all({
      ...params,
      reflected: LIFECYCLE.reflectInPlan.eventType,
      implemented: LIFECYCLE.markImplemented.eventType,
    });
  }
}
