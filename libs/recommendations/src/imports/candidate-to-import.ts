import { createHash } from 'node:crypto';
import type { RecommendationSource } from '../domain';
import { normaliseLabel, type SourcePosition } from '../vocabulary';

/** A recommendation read from a file: the fields a proposal takes, the position its response stands for, its rows. */
export type CandidateToImport = {
  /** Every row that carries it: a joint recommendation is one candidate from several rows. */
  rows: number[];
  text: string;
  language: string;
  source: RecommendationSource;
  themes: string[];
  sdgTargets: string[];
  affectedGroups: string[];
  /** From the source's response through the response map; absent when there is none or the map does not know it. */
  position?: SourcePosition;
};

const MECHANISM_PREFIX: Record<RecommendationSource['mechanism']['kind'], string> = {
  upr: 'UPR',
  treaty_body: 'TB',
  special_procedure: 'SP',
  unct: 'UNCT',
  osce: 'OSCE',
  other: 'OTHER',
};

const shortHash = (parts: readonly string[]): string =>
  createHash('sha256').update(parts.join('\n'), 'utf8').digest('hex').slice(0, 8);

/**
 * The reference an imported recommendation gets, the same on every import of the same row, so a re-import finds it:
 * `<mechanism>-<State>-<session or document>-` then the paragraph, else the source's id, else a hash of the text.
 */
export function candidateReference({ source, text }: CandidateToImport): string {
  const { mechanism } = source;
  const prefix =
    mechanism.kind === 'treaty_body' && mechanism.body ? mechanism.body : MECHANISM_PREFIX[mechanism.kind];
  const scope = source.upr ? `S${source.upr.session}` : source.documentSymbol;
  const key =
    source.paragraph && scope
      ? `p${source.paragraph}`
      : source.externalId
        ? `id${source.externalId}`
        : shortHash([
            mechanism.kind,
            mechanism.body ?? '',
            source.stateUnderReview ?? '',
            scope ?? source.document ?? '',
            normaliseLabel(text),
          ]);
  return [prefix.toUpperCase(), source.stateUnderReview, scope, key].filter(Boolean).join('-').slice(0, 200);
}
