import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { PROJECTION_NAMES, TABLES } from '../../read-models';
import { ReadModels, filterSql, isoToday } from '../common';
import {
  SummarizeRecommendationsQuery,
  type RecommendationSummary,
  type SummaryDimension,
} from './summarize-recommendations.query';

/** Each dimension's key: a column of the recommendation, or a tag (a recommendation counts once per tag). */
const KEYS: Record<SummaryDimension, { column: string } | { tag: 'sdg' | 'theme' }> = {
  status: { column: 'r.status' },
  position: { column: 'r.position' },
  sourceKind: { column: 'r.source_kind' },
  sourceEntity: { column: 'r.source_entity' },
  planId: { column: 'r.plan_id' },
  sdg: { tag: 'sdg' },
  theme: { tag: 'theme' },
};

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
      const key = KEYS[by];
      const sql =
        'column' in key
          ? `SELECT ${key.column} AS key, count(*) AS count FROM ${TABLES.recommendations} r
             WHERE ${where} GROUP BY 1 ORDER BY 2 DESC, 1`
          : `SELECT t.value AS key, count(*) AS count FROM ${TABLES.tags} t
             JOIN ${TABLES.recommendations} r ON r.id = t.recommendation_id
             WHERE t.kind = '${key.tag}' AND ${where} GROUP BY 1 ORDER BY 2 DESC, 1`;
      return this.readModels.db
        .prepare<[object], { key: string | null; count: bigint }>(sql)
        .all(params)
        .map((row) => ({ key: row.key, count: Number(row.count) }));
    });
    const summary: RecommendationSummary = { by, position: answer.position.toString(), groups: answer.value };
    return { position: answer.position, value: summary };
  }
}
