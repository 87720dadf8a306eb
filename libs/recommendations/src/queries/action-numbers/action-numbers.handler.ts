import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ACTION_TABLES } from '../../read-models';
import { ReadModels } from '../common';
import { RecommendationActionNumbersQuery } from './action-numbers.query';

/** Read as the actions read model stands: the export's rows come from the recommendations one, page by page. */
@QueryHandler(RecommendationActionNumbersQuery)
export class RecommendationActionNumbersHandler implements IQueryHandler<RecommendationActionNumbersQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ recommendationIds }: RecommendationActionNumbersQuery): Promise<Map<string, string[]>> {
    const numbers = new Map<string, string[]>();
    if (recommendationIds.length === 0) return Promise.resolve(numbers);
    const rows = this.readModels.db.read(() =>
      this.readModels.db
        .prepare<[string], { recommendation_id: string; number: string }>(
          `SELECT l.recommendation_id, a.number FROM ${ACTION_TABLES.actionLinks} l
           JOIN ${ACTION_TABLES.actions} a ON a.action_id = l.action_id
           WHERE l.recommendation_id IN (SELECT value FROM json_each(?)) ORDER BY a.plan_id, a.number`,
        )
        .all(JSON.stringify(recommendationIds)),
    );
    for (const row of rows)
      numbers.set(row.recommendation_id, [...(numbers.get(row.recommendation_id) ?? []), row.number]);
    return Promise.resolve(numbers);
  }
}
