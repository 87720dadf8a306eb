import type { RecommendationSource } from '../domain';

/** Texts at least this similar (token-set Jaccard) are suggested as carried over; docs/imports.md. */
export const DEFAULT_CARRY_OVER_THRESHOLD = 0.6;
/** Suggestions kept per candidate, the most similar first. */
export const SUGGESTIONS_PER_CANDIDATE = 3;

/**
 * The words of a text as a set: NFKC, lower case in every script, runs of letters and digits; words shorter than
 * three characters ("of", "в", "и") carry little meaning and would make every text look alike.
 */
export function textTokens(text: string): Set<string> {
  const words =
    text
      .normalize('NFKC')
      .toLocaleLowerCase('en')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => [...word].length >= 3));
}

/** |A ∩ B| / |A ∪ B|: 1 for the same words, 0 for none in common. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** A recommendation already recorded, as the suggestions compare it. */
export type EarlierRecommendation = {
  id: string;
  reference: string;
  text: string;
  source: RecommendationSource;
};

export type CarryOverMatch = { recommendationId: string; reference: string; similarity: number };

const mechanismKey = ({ mechanism }: RecommendationSource): string =>
  `${mechanism.kind}/${(mechanism.body ?? '').trim().toLowerCase()}`;

/**
 * Whether `earlier` comes from an earlier cycle or session than `later`: UPR sessions (then cycles) when both have
 * them, else the source dates, else a different document; a recommendation nothing tells apart is not suggested.
 */
export function isEarlier(earlier: RecommendationSource, later: RecommendationSource): boolean {
  const stateA = earlier.stateUnderReview;
  const stateB = later.stateUnderReview;
  if (stateA !== undefined && stateB !== undefined && stateA.toUpperCase() !== stateB.toUpperCase())
    return false;
  if (earlier.upr && later.upr) return earlier.upr.session < later.upr.session;
  if (earlier.date !== undefined && later.date !== undefined) return earlier.date < later.date;
  const docA = earlier.documentSymbol ?? earlier.document;
  const docB = later.documentSymbol ?? later.document;
  return docA !== undefined && docB !== undefined && docA.trim() !== docB.trim();
}

type Indexed = EarlierRecommendation & { tokens: Set<string> };

/**
 * Earlier recommendations indexed by mechanism and word: a candidate is compared only with those sharing a word
 * with it, so 1,000 rows against 10,000 recommendations take well under a second.
 */
export class CarryOverIndex {
  private readonly entries: Indexed[] = [];
  private readonly postings = new Map<string, Map<string, number[]>>();
  private counts: Uint16Array | undefined;

  constructor(earlier: Iterable<EarlierRecommendation>) {
    for (const recommendation of earlier) {
      const index = this.entries.push({ ...recommendation, tokens: textTokens(recommendation.text) }) - 1;
      const key = mechanismKey(recommendation.source);
      const words = this.postings.get(key) ?? new Map<string, number[]>();
      this.postings.set(key, words);
      for (const word of this.entries[index].tokens) {
        const posting = words.get(word);
        if (posting === undefined) words.set(word, [index]);
        else posting.push(index);
      }
    }
  }

  /** The earlier recommendations at least `threshold` similar to the text, most similar first. */
  matches(text: string, source: RecommendationSource, threshold: number, exclude?: string): CarryOverMatch[] {
    const words = this.postings.get(mechanismKey(source));
    const tokens = textTokens(text);
    if (words === undefined || tokens.size === 0) return [];
    // A count per indexed recommendation, reset after use: faster than a map for words most texts share.
    const shared = (this.counts ??= new Uint16Array(this.entries.length));
    const touched: number[] = [];
    for (const word of tokens) {
      for (const index of words.get(word) ?? []) if (shared[index]++ === 0) touched.push(index);
    }
    const found: CarryOverMatch[] = [];
    for (const index of touched) {
      const count = shared[index];
      shared[index] = 0;
      const entry = this.entries[index];
      const similarity = count / (tokens.size + entry.tokens.size - count);
      if (similarity < threshold || entry.reference === exclude || !isEarlier(entry.source, source)) continue;
      found.push({ recommendationId: entry.id, reference: entry.reference, similarity: round(similarity) });
    }
    return found
      .sort((a, b) => b.similarity - a.similarity || a.reference.localeCompare(b.reference))
      .slice(0, SUGGESTIONS_PER_CANDIDATE);
  }
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
