import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer, RecommendationFilters } from '../common';

/** One calendar month (UTC): how many recommendations reached each step in it, and how many had by its end. */
export interface MonthlyImplementation {
  /** `2021-03` */
  month: string;
  reflectedInPlan: number;
  implemented: number;
  reflectedInPlanToDate: number;
  implementedToDate: number;
}

/** `GET /reports/over-time`: every month from the first plan link to this one, none left out. */
export interface ImplementationOverTime {
  position: string;
  months: MonthlyImplementation[];
}

export class ImplementationOverTimeQuery extends Query<ReadModelAnswer<ImplementationOverTime>> {
  constructor(
    readonly filters: RecommendationFilters = {},
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
