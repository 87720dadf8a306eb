import { normaliseLabel, type RecommendingParty } from '@app/recommendations';
import type { ImportCandidate } from '../import-candidate';
import type { RowCandidate } from '../profiles';

/** Text compared as a person would: case, accents, white space and punctuation do not make two recommendations. */
export const comparableText = normaliseLabel;

// The same review: the State reviewed, and the session (UPR) or the document that carries the recommendation.
const reviewKey = ({ source }: RowCandidate): string =>
  [
    source.mechanism.kind,
    source.mechanism.body ?? '',
    source.stateUnderReview ?? '',
    source.upr === undefined ? '' : `${source.upr.cycle}/${source.upr.session}`,
    source.upr === undefined ? (source.documentSymbol ?? source.document ?? '') : '',
  ].join('|');

const partyKey = (party: RecommendingParty): string => party.iso3 ?? party.name.toLowerCase();

/** Merges rows carrying the same recommendation into one candidate with all their parties, row numbers, themes and SDGs. */
export class CandidateGrouping {
  private readonly byKey = new Map<string, ImportCandidate>();

  add(row: number, candidate: RowCandidate): void {
    const key = `${reviewKey(candidate)}|${comparableText(candidate.text)}`;
    const existing = this.byKey.get(key);
    if (existing === undefined) {
      this.byKey.set(key, { row, rows: [row], ...candidate });
      return;
    }
    existing.rows.push(row);
    const known = new Set(existing.source.recommendingParties.map(partyKey));
    for (const party of candidate.source.recommendingParties) {
      if (!known.has(partyKey(party))) existing.source.recommendingParties.push(party);
      known.add(partyKey(party));
    }
    existing.themes = union(existing.themes, candidate.themes);
    existing.sdgTargets = union(existing.sdgTargets, candidate.sdgTargets);
    existing.affectedGroups = union(existing.affectedGroups, candidate.affectedGroups);
  }

  candidates(): ImportCandidate[] {
    return [...this.byKey.values()];
  }
}

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];
