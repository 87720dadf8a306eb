import type { DocumentRecommendation } from '@app/recommendations';
import type { DocumentLabels } from './catalogue';

export const MATRIX_COLUMNS = [
  'reference',
  'text',
  'parties',
  'position',
  'actions',
  'institutions',
  'status',
  'progress',
  'assessment',
] as const;
export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];

export type MatrixRow = Record<MatrixColumn, string>;

const latestProgress = (recommendation: DocumentRecommendation): string => {
  const latest = recommendation.validatedProgress.at(-1);
  return latest === undefined ? '' : `${latest.periodEnd} (${latest.actionNumber}): ${latest.narrative}`;
};

/** The State's own assessment and the latest grade a mechanism gave, side by side and never merged. */
const assessment = (recommendation: DocumentRecommendation, labels: DocumentLabels): string =>
  [
    recommendation.stateAssessment === null
      ? ''
      : `${labels.stateAssessment}: ${recommendation.stateAssessment}`,
    recommendation.mechanismGrade === null
      ? ''
      : `${labels.mechanismGrade}: ${recommendation.mechanismGrade}`,
  ]
    .filter((part) => part !== '')
    .join('\n');

/** The matrix's cells for one recommendation, in the document's language; the XLSX and the DOCX share them. */
export const matrixRow = (recommendation: DocumentRecommendation, labels: DocumentLabels): MatrixRow => ({
  reference: recommendation.reference,
  text: recommendation.text,
  parties: recommendation.parties.join(', '),
  position: recommendation.position === null ? labels.noPosition : labels.positions[recommendation.position],
  actions: recommendation.actions.map((action) => `${action.number} ${action.title}`).join('\n'),
  institutions: recommendation.institutions.join('\n'),
  status: labels.statuses[recommendation.status],
  progress: latestProgress(recommendation),
  assessment: assessment(recommendation, labels),
});

/** The header of every document: what it was built from, for an auditor to check. */
export const provenanceLines = (
  snapshot: { position: string; positionTime: string; ledgerDigest: string | null },
  labels: DocumentLabels,
): string[] => [
  labels.builtFrom(snapshot.position, snapshot.positionTime),
  snapshot.ledgerDigest === null ? labels.noLedgerDigest : labels.ledgerDigest(snapshot.ledgerDigest),
];
