import { Query } from '@nestjs/cqrs';
import type { CandidateToImport } from '../../imports';

/** One suggestion: the candidate (its rows and reference) may repeat an earlier recommendation. */
export interface CarryOverSuggestion {
  rows: number[];
  candidateReference: string;
  /** The recommendation the candidate is, or becomes when the import is committed: the link route's `:id`. */
  candidateRecommendationId: string;
  recommendationId: string;
  reference: string;
  similarity: number;
}

/** Earlier recommendations of the same mechanism whose text is at least `threshold` similar; never linked here. */
export class SuggestCarryOversQuery extends Query<CarryOverSuggestion[]> {
  constructor(
    readonly candidates: readonly CandidateToImport[],
    readonly threshold: number,
  ) {
    super();
  }
}
