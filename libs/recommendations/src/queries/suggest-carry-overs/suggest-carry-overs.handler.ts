import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { deterministicUuid } from '../../commands/common/deterministic-id';
import { referenceKey } from '../../commands/common/stream-names';
import { CarryOverIndex, candidateReference, type EarlierRecommendation } from '../../imports';
import { PROJECTION_NAMES, TABLES, type RecommendationView } from '../../read-models';
import { ReadModels } from '../common';
import { SuggestCarryOversQuery, type CarryOverSuggestion } from './suggest-carry-overs.query';

/** Suggestions beyond this many are left out of a report, as its errors are. */
export const MAX_SUGGESTIONS = 1000;

/** Reads the recommendations of the file's mechanisms once, indexes their words, and matches every candidate. */
@QueryHandler(SuggestCarryOversQuery)
export class SuggestCarryOversHandler implements IQueryHandler<SuggestCarryOversQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ candidates, threshold }: SuggestCarryOversQuery): Promise<CarryOverSuggestion[]> {
    if (candidates.length === 0) return [];
    const kinds = [...new Set(candidates.map((candidate) => candidate.source.mechanism.kind))];
    const { value } = await this.readModels.answer(PROJECTION_NAMES.recommendations, undefined, () => ({
      earlier: this.earlier(kinds),
      ids: this.idsByReference(),
    }));
    const index = new CarryOverIndex(value.earlier);
    const suggestions: CarryOverSuggestion[] = [];
    for (const candidate of candidates) {
      const reference = candidateReference(candidate);
      const key = referenceKey(reference);
      // As the importer names a new recommendation, so a confirmation after the commit finds it.
      const candidateRecommendationId = value.ids.get(key) ?? deterministicUuid('import', key);
      for (const match of index.matches(candidate.text, candidate.source, threshold, reference)) {
        suggestions.push({
          rows: candidate.rows,
          candidateReference: reference,
          candidateRecommendationId,
          ...match,
        });
        if (suggestions.length >= MAX_SUGGESTIONS) return suggestions;
      }
    }
    return suggestions;
  }

  private idsByReference(): Map<string, string> {
    const rows = this.readModels.db
      .prepare<[], { id: string; reference_key: string }>(
        `SELECT id, reference_key FROM ${TABLES.recommendations}`,
      )
      .all();
    return new Map(rows.map((row) => [row.reference_key, row.id]));
  }

  private earlier(kinds: readonly string[]): EarlierRecommendation[] {
    const rows = this.readModels.db
      .prepare<string[], { view: string }>(
        `SELECT view FROM ${TABLES.recommendations}
         WHERE mechanism_kind IN (${kinds.map(() => '?').join(', ')}) AND status <> 'withdrawn'`,
      )
      .all(...kinds);
    return rows.map(({ view }) => {
      const { state } = JSON.parse(view) as RecommendationView;
      return { id: state.id, reference: state.reference, text: state.text, source: state.source };
    });
  }
}
