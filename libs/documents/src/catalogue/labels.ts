import type { MechanismKind, PositionState, RecommendationStatus } from '@app/recommendations';

/** Every word a document prints that is not data: one catalogue per document language. */
export interface DocumentLabels {
  matrixTitle: string;
  midtermTitle: string;
  followupTitle: string;
  builtFrom: (position: string, time: string) => string;
  ledgerDigest: (digest: string) => string;
  noLedgerDigest: string;
  columns: {
    reference: string;
    text: string;
    parties: string;
    position: string;
    actions: string;
    institutions: string;
    status: string;
    progress: string;
    assessment: string;
  };
  stateAssessment: string;
  mechanismGrade: string;
  noTheme: string;
  cycle: (cycle: number) => string;
  noCycle: string;
  mechanisms: Record<MechanismKind, string>;
  positions: Record<PositionState, string>;
  noPosition: string;
  statuses: Record<RecommendationStatus, string>;
  introduction: string;
  method: string;
  placeholder: string;
  introductionPlaceholder: string;
  methodPlaceholder: string;
  recommendation: (reference: string) => string;
  statePosition: string;
  whatWasDone: string;
  nothingValidated: string;
  whatRemains: string;
  summaryTables: string;
  countByPosition: string;
  countByStatus: string;
  count: string;
  total: string;
  wordCount: (words: number, limit: number) => string;
  overWordLimit: (words: number, limit: number) => string;
  annex: string;
  selected: (count: number) => string;
}
