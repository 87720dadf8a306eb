import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { PROJECTION_NAMES, TABLES } from '../../read-models';
import { ReadModels, filterSql, isoToday } from '../common';
import { SummarizeRecommendationsQuery, type RecommendationSummary } from './summarize-recommendations.query';
import { DIMENSION_SQL } from './summary-dimensions';

/** Counts by one dimension, computed from the lifecycle read model so they always agree with the lists. */
@QueryHandler(SummarizeRecommendationsQuery)
export class SummarizeRecommendationsHandler implements IQueryHandler<SummarizeRecommendationsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ by, filters, consistentWith }: SummarizeRecommendationsQuery) {
    const answer = await this.readModels.answer(PROJECTION_NAMES.recommendations, consistentWith, () => {
      const { where, params } = filterSql(filters, isoToday(this.clock()));
      const { key, group, join } = DIMENSION_SQL[by];
      const sql = `SELECT ${key} AS key, count(*) AS count FROM ${TABLES.recommendations} r ${join ?? ''}
        WHERE ${where} GROUP BY ${group ?? key} ORDER BY 2 DESC, 1`;
      return this.readModels.db
        .prepare<[object], { key: string | null; count: bigint }>(sql)
        .all(params)
        .map((row) => ({ key: row.key, count: Number(row.count) }));
    });
    const summary: RecommendationSummary = { by, position: answer.position.toString(), groups: answer.value };
    return { position: answer.position, value: summary };
  }
}
