import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { TABLES } from '../../read-models';
import { ReadModels, filterSql, filteredModels, isoToday, type RecommendationFilters } from '../common';
import {
  SummarizeRecommendationsQuery,
  type RecommendationSummaryAnswer,
  type SummaryDimensions,
} from './summarize-recommendations.query';
import { DIMENSION_SQL } from './summary-dimensions';

type KeyedRow = Record<string, string | bigint | null>;

/** Counts by one dimension or two, computed from the lifecycle read model so they always agree with the lists. */
@QueryHandler(SummarizeRecommendationsQuery)
export class SummarizeRecommendationsHandler implements IQueryHandler<SummarizeRecommendationsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ by, filters, consistentWith }: SummarizeRecommendationsQuery) {
    const answer = await this.readModels.answer(
      filteredModels(filters, by.includes('institution')),
      consistentWith,
      () => this.count(by, filters),
    );
    const position = answer.position.toString();
    const rows = answer.value;
    const summary: RecommendationSummaryAnswer =
      by.length === 1
        ? { by: by[0], position, groups: rows.map(({ keys, count }) => ({ key: keys[0], count })) }
        : {
            by: [by[0], by[1]],
            position,
            groups: rows.map(({ keys, count }) => ({ key: [keys[0], keys[1]] as const, count })),
          };
    return { position: answer.position, value: summary };
  }

  private count(by: SummaryDimensions, filters: RecommendationFilters) {
    const { where, params } = filterSql(filters, isoToday(this.clock()));
    const dimensions = by.map((dimension) => DIMENSION_SQL[dimension]);
    const keys = dimensions.map(({ key }, n) => `${key} AS key${n}`).join(', ');
    const joins = dimensions.map(({ join }) => join ?? '').join(' ');
    const groups = dimensions.map(({ key, group }) => group ?? key).join(', ');
    const order = dimensions.map((_, n) => `key${n}`).join(', ');
    const sql = `SELECT ${keys}, count(DISTINCT r.id) AS count FROM ${TABLES.recommendations} r ${joins}
      WHERE ${where} GROUP BY ${groups} ORDER BY count DESC, ${order}`;
    return this.readModels.db
      .prepare<[object], KeyedRow>(sql)
      .all(params)
      .map((row) => ({
        keys: dimensions.map((_, n) => row[`key${n}`] as string | null),
        count: Number(row.count),
      }));
  }
}
