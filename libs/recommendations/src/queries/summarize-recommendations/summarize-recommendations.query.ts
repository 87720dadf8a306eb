import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer, RecommendationFilters } from '../common';

export const SUMMARY_DIMENSIONS = [
  'status',
  'position',
  'mechanism',
  'party',
  'regionalGroup',
  'cycle',
  'session',
  'response',
  'language',
  'planId',
  'sdg',
  'theme',
  'institution',
] as const;
export type SummaryDimension = (typeof SUMMARY_DIMENSIONS)[number];
/** One dimension, or two to cross-tabulate (`by=mechanism,status`). */
export type SummaryDimensions = readonly [SummaryDimension] | readonly [SummaryDimension, SummaryDimension];
export const MAX_SUMMARY_DIMENSIONS = 2;

/** `GET /reports/summary?by=x`: how many recommendations fall under each key; `key` is null for "none yet". */
export interface RecommendationSummary {
  by: SummaryDimension;
  position: string;
  groups: { key: string | null; count: number }[];
}

/** `GET /reports/summary?by=x,y`: how many fall under each pair of keys, in the order of `by`. */
export interface RecommendationCrossTabulation {
  by: [SummaryDimension, SummaryDimension];
  position: string;
  groups: { key: readonly [string | null, string | null]; count: number }[];
}

export type RecommendationSummaryAnswer = RecommendationSummary | RecommendationCrossTabulation;

export class SummarizeRecommendationsQuery extends Query<ReadModelAnswer<RecommendationSummaryAnswer>> {
  readonly by: SummaryDimensions;

  constructor(
    by: SummaryDimension | SummaryDimensions,
    readonly filters: RecommendationFilters = {},
    readonly consistentWith?: bigint,
  ) {
    super();
    this.by = typeof by === 'string' ? [by] : by;
  }
}
