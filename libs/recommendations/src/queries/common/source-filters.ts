import type { SqlValue } from '@app/projections';
import { lookupKey, TABLES } from '../../read-models';
import type { RecommendationFilters } from './recommendation-filter-values';

/** Adds the clauses of the source and language filters (model version 2) over `recommendations r`. */
export function sourceFilterSql(
  filters: RecommendationFilters,
  clauses: string[],
  params: Record<string, SqlValue>,
): void {
  const { mechanism, party, stateUnderReview, cycle, session, response, language } = filters;
  if (mechanism !== undefined) {
    const names = mechanism.map((kind, n) => {
      params[`mechanism${n}`] = kind;
      return `@mechanism${n}`;
    });
    clauses.push(`r.mechanism_kind IN (${names.join(', ')})`);
  }
  if (party !== undefined) {
    clauses.push(`EXISTS (SELECT 1 FROM ${TABLES.parties} p WHERE p.recommendation_id = r.id
      AND (p.name_key = @partyKey OR p.iso3 = @partyIso3))`);
    params.partyKey = lookupKey(party);
    params.partyIso3 = party.trim().toUpperCase();
  }
  if (stateUnderReview !== undefined) {
    clauses.push('r.state_under_review = @stateUnderReview');
    params.stateUnderReview = stateUnderReview.toUpperCase();
  }
  if (cycle !== undefined) {
    clauses.push('r.upr_cycle = @cycle');
    params.cycle = cycle;
  }
  if (session !== undefined) {
    clauses.push('r.upr_session = @session');
    params.session = session;
  }
  if (response !== undefined) {
    clauses.push('r.source_response_key = @response');
    params.response = lookupKey(response);
  }
  if (language !== undefined) {
    clauses.push('r.language = @language');
    params.language = lookupKey(language);
  }
}
