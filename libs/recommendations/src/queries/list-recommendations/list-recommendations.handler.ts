import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { TABLES, type RecommendationView } from '../../read-models';
import {
  ReadModels,
  encodeCursor,
  filterSql,
  filteredModels,
  isoToday,
  recommendationItem,
  type ChosenText,
} from '../common';
import {
  ListRecommendationsQuery,
  MAX_PAGE_SIZE,
  type RecommendationPage,
} from './list-recommendations.query';

interface ListedRow {
  seq: bigint;
  view: string;
  textLanguage: string | null;
  translatedText: string | null;
}

const chosenText = (row: ListedRow): ChosenText =>
  row.textLanguage === null || row.translatedText === null
    ? undefined
    : { language: row.textLanguage, text: row.translatedText };

/** A page of recommendations in creation order, filtered; keyset-paged on `seq` so pages never shift. */
@QueryHandler(ListRecommendationsQuery)
export class ListRecommendationsHandler implements IQueryHandler<ListRecommendationsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ filters, page, consistentWith, lang }: ListRecommendationsQuery) {
    const limit = Math.min(Math.max(page.limit, 1), MAX_PAGE_SIZE);
    return this.readModels.answer(filteredModels(filters), consistentWith, (): RecommendationPage => {
      const today = isoToday(this.clock());
      const { where, params } = filterSql(filters, today);
      // The translation in `lang`, where there is one, joined beside each row; none when no `lang` is asked.
      const rows = this.readModels.db
        .prepare<[object], ListedRow>(
          `SELECT r.seq, r.view, tr.language AS textLanguage, tr.text AS translatedText
           FROM ${TABLES.recommendations} r
           LEFT JOIN ${TABLES.translations} tr ON tr.recommendation_id = r.id AND tr.language_key = @langKey
           WHERE ${where} AND r.seq > @after ORDER BY r.seq LIMIT @limit`,
        )
        .all({
          ...params,
          langKey: lang?.toLowerCase() ?? null,
          after: page.after ?? -1n,
          limit: limit + 1,
        });
      const items = rows.slice(0, limit);
      return {
        items: items.map((row) =>
          recommendationItem(JSON.parse(row.view) as RecommendationView, today, chosenText(row)),
        ),
        nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].seq) : null,
      };
    });
  }
}
