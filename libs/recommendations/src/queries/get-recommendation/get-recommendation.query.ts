import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer, RecommendationDetails } from '../common';

export class GetRecommendationQuery extends Query<ReadModelAnswer<RecommendationDetails>> {
  constructor(
    readonly id: string,
    readonly consistentWith?: bigint,
    /** The preferred language of `text` (`?lang=`). */
    readonly lang?: string,
  ) {
    super();
  }
}
