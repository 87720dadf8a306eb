import { Query } from '@nestjs/cqrs';

/** The numbers of the actions each recommendation is linked to, for the recommendation export. */
export class RecommendationActionNumbersQuery extends Query<Map<string, string[]>> {
  constructor(readonly recommendationIds: readonly string[]) {
    super();
  }
}
