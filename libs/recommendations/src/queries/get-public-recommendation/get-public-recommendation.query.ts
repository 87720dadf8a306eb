import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';
import type { PublicAction, PublicRecommendation } from '../public-common';

export interface PublicRecommendationPage {
  recommendation: PublicRecommendation;
  /** The published actions it is linked to, with their published progress. */
  actions: PublicAction[];
}

/** One published recommendation by its reference; `undefined` when none is published with it. */
export class GetPublicRecommendationQuery extends Query<
  ReadModelAnswer<PublicRecommendationPage | undefined>
> {
  constructor(readonly reference: string) {
    super();
  }
}
