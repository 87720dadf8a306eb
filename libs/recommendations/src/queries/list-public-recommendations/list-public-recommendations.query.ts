import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';
import type { PublicFilters, PublicRecommendation } from '../public-common';

/** Every published recommendation matching the filters, oldest first: the open data. */
export class ListPublicRecommendationsQuery extends Query<ReadModelAnswer<PublicRecommendation[]>> {
  constructor(readonly filters: PublicFilters = {}) {
    super();
  }
}
