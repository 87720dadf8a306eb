import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer, RecommendationFilters, RecommendationItem } from '../common';

export interface RecommendationPage {
  items: RecommendationItem[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

export const MAX_PAGE_SIZE = 500;

export class ListRecommendationsQuery extends Query<ReadModelAnswer<RecommendationPage>> {
  constructor(
    readonly filters: RecommendationFilters,
    readonly page: { limit: number; after?: bigint },
    readonly consistentWith?: bigint,
    /** The preferred language of each item's `text` (`?lang=`). */
    readonly lang?: string,
  ) {
    super();
  }
}
