import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { PROJECTION_NAMES, TABLES, type RecommendationView } from '../../read-models';
import { ReadModels, encodeCursor, filterSql, isoToday, recommendationItem } from '../common';
import {
  ListRecommendationsQuery,
  MAX_PAGE_SIZE,
  type RecommendationPage,
} from './list-recommendations.query';

/** A page of recommendations in creation order, filtered; keyset-paged on `seq` so pages never shift. */
@QueryHandler(ListRecommendationsQuery)
export class ListRecommendationsHandler implements IQueryHandler<ListRecommendationsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ filters, page, consistentWith }: ListRecommendationsQuery) {
    const limit = Math.min(Math.max(page.limit, 1), MAX_PAGE_SIZE);
    return this.readModels.answer(
      PROJECTION_NAMES.recommendations,
      consistentWith,
      (): RecommendationPage => {
        const today = isoToday(this.clock());
        const { where, params } = filterSql(filters, today);
        const rows = this.readModels.db
          .prepare<[object], { seq: bigint; view: string }>(
            `SELECT r.seq, r.view FROM ${TABLES.recommendations} r
           WHERE ${where} AND r.seq > @after ORDER BY r.seq LIMIT @limit`,
          )
          .all({ ...params, after: page.after ?? -1n, limit: limit + 1 });
        const items = rows.slice(0, limit);
        return {
          items: items.map((row) => recommendationItem(JSON.parse(row.view) as RecommendationView, today)),
          nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].seq) : null,
        };
      },
    );
  }
}
