import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer, RecommendationFilters } from '../common';

export const SUMMARY_DIMENSIONS = [
  'status',
  'position',
  'mechanism',
  'party',
  'cycle',
  'session',
  'response',
  'language',
  'planId',
  'sdg',
  'theme',
] as const;
export type SummaryDimension = (typeof SUMMARY_DIMENSIONS)[number];

/** `GET /reports/summary`: how many recommendations fall under each key; `key` is null for "none yet". */
export interface RecommendationSummary {
  by: SummaryDimension;
  position: string;
  groups: { key: string | null; count: number }[];
}

export class SummarizeRecommendationsQuery extends Query<ReadModelAnswer<RecommendationSummary>> {
  constructor(
    readonly by: SummaryDimension,
    readonly filters: RecommendationFilters = {},
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
