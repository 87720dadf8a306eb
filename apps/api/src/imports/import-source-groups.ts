import type { CandidateToImport, MechanismKind } from '@app/recommendations';

/** The recommendations of a file that share a mechanism, a State under review and a UPR session: a board filter. */
export type ImportSourceGroup = {
  mechanism: MechanismKind;
  stateUnderReview?: string;
  session?: number;
  recommendations: number;
};

/** Enough to point at a file's sources; a file mixing more is shown by its largest groups. */
export const MAX_SOURCE_GROUPS = 20;

/** The file's recommendations grouped by where they come from, the largest group first. */
export function sourceGroupsOf(candidates: readonly CandidateToImport[]): ImportSourceGroup[] {
  const groups = new Map<string, ImportSourceGroup>();
  for (const { source } of candidates) {
    const key = [source.mechanism.kind, source.stateUnderReview ?? '', source.upr?.session ?? ''].join('|');
    const group = groups.get(key) ?? {
      mechanism: source.mechanism.kind,
      ...(source.stateUnderReview === undefined ? {} : { stateUnderReview: source.stateUnderReview }),
      ...(source.upr === undefined ? {} : { session: source.upr.session }),
      recommendations: 0,
    };
    group.recommendations += 1;
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.recommendations - a.recommendations)
    .slice(0, MAX_SOURCE_GROUPS);
}
