import type { Row, Write } from '@app/projections';
import type { AmendableFields, RecommendingParty } from '../domain';
import { countryFor, regionalGroupFor } from '../vocabulary';
import { TABLES } from './read-model.tables';
import type { RecommendationView } from './recommendation-view';

/** Names, responses and languages are compared trimmed and case-insensitively, in every script (Cyrillic too). */
export const lookupKey = (text: string): string => text.trim().toLocaleLowerCase('en');

/** The columns of the recommendation row that the source and language filters read. */
export function sourceColumns({ source, language }: Pick<AmendableFields, 'source' | 'language'>): Row {
  return {
    mechanism_kind: source.mechanism.kind,
    mechanism_body: source.mechanism.body ?? null,
    state_under_review: source.stateUnderReview ?? null,
    upr_cycle: source.upr?.cycle ?? null,
    upr_session: source.upr?.session ?? null,
    document_symbol: source.documentSymbol ?? null,
    external_id: source.externalId ?? null,
    source_response: source.response ?? null,
    source_response_key: source.response === undefined ? null : lookupKey(source.response),
    language: lookupKey(language),
  };
}

/** The recommending parties, one row each in their order (a name listed twice counts once); rewritten with the proposal. */
export function partyRows(id: string, view: RecommendationView, replacing: boolean): Write[] {
  const seen = new Set<string>();
  const parties = view.state.source.recommendingParties.filter(({ name }) => {
    const key = lookupKey(name);
    return !seen.has(key) && seen.add(key);
  });
  return [
    ...(replacing
      ? [{ kind: 'delete', table: TABLES.parties, where: { recommendation_id: id } } as const]
      : []),
    ...parties.map((party, ordinal): Write => ({
      kind: 'insert',
      table: TABLES.parties,
      row: {
        recommendation_id: id,
        ordinal,
        name: party.name,
        name_key: lookupKey(party.name),
        iso3: party.iso3 ?? null,
        regional_group: regionalGroupOf(party) ?? null,
      },
    })),
  ];
}

/** The UN group in one spelling ("weog" is WEOG); where not given, the group of the State the party names. */
function regionalGroupOf({ name, iso3, regionalGroup }: RecommendingParty): string | undefined {
  if (regionalGroup !== undefined) return regionalGroupFor(regionalGroup) ?? regionalGroup.trim();
  return countryFor(iso3 ?? name)?.regionalGroup;
}
