import { normaliseLabel, type InstitutionNames } from '@app/recommendations';

export type RegisteredInstitution = { institutionId: string; names: InstitutionNames; abbreviation?: string };
export type InstitutionMatch = { id: string } | { problem: 'unknown' | 'ambiguous'; ids?: string[] };

/**
 * Finds a registered institution by what a results matrix writes: its id, its abbreviation or its name in English,
 * Russian or Turkmen, compared as `normaliseLabel` does. A label two institutions answer to is ambiguous, not a guess.
 */
export function institutionIndex(
  institutions: readonly RegisteredInstitution[],
): (label: string) => InstitutionMatch {
  const byId = new Map(
    institutions.map((institution) => [institution.institutionId, institution.institutionId]),
  );
  const byLabel = new Map<string, Set<string>>();
  for (const { institutionId, names, abbreviation } of institutions) {
    for (const label of [institutionId, abbreviation, names.en, names.ru, names.tk]) {
      if (label === undefined || normaliseLabel(label) === '') continue;
      const key = normaliseLabel(label);
      byLabel.set(key, (byLabel.get(key) ?? new Set()).add(institutionId));
    }
  }
  return (label) => {
    const exact = byId.get(label.trim());
    if (exact !== undefined) return { id: exact };
    const ids = [...(byLabel.get(normaliseLabel(label)) ?? [])];
    if (ids.length === 1) return { id: ids[0] };
    return ids.length === 0 ? { problem: 'unknown' } : { problem: 'ambiguous', ids: ids.sort() };
  };
}
