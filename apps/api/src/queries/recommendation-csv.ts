import {
  spreadsheetSafe,
  type RecommendationExportDetails,
  type RecommendationItem,
  type RecommendingParty,
} from '@app/recommendations';

export type Cell = string | number | null;

/** A row of the export: the recommendation, the numbers of its plan actions, and what other read models add. */
export type ExportedRecommendation = RecommendationItem & {
  actionNumbers?: readonly string[];
  details?: RecommendationExportDetails;
};

const list = (values: readonly string[] | null | undefined): string => (values ?? []).join('; ');

/** "Norway (NOR)", or the name alone for a party without a code. */
const partyCell = ({ name, iso3 }: RecommendingParty): string => (iso3 ? `${name} (${iso3})` : name);

/** Which deadline has passed (only reviews and plan targets can be overdue); empty when none has. */
function overdueDeadline(item: RecommendationItem): string {
  if (!item.overdue) return '';
  return item.status === 'planned'
    ? `plan target ${item.plan?.targetDate}`
    : `review due ${item.reviewDueDate}`;
}

/** The export's columns, in order: a header row names them; lists are joined with "; ". */
export const CSV_COLUMNS: readonly [string, (item: ExportedRecommendation) => Cell][] = [
  ['id', (r) => r.id],
  ['reference', (r) => r.reference],
  ['status', (r) => r.status],
  ['position', (r) => r.position],
  ['mechanism', (r) => r.source.mechanism.kind],
  ['mechanismBody', (r) => r.source.mechanism.body ?? null],
  ['recommendingParties', (r) => list(r.source.recommendingParties.map(partyCell))],
  ['stateUnderReview', (r) => r.source.stateUnderReview ?? null],
  ['uprCycle', (r) => r.source.upr?.cycle ?? null],
  ['uprSession', (r) => r.source.upr?.session ?? null],
  ['documentSymbol', (r) => r.source.documentSymbol ?? null],
  ['sourceDocument', (r) => r.source.document ?? null],
  ['sourceParagraph', (r) => r.source.paragraph ?? null],
  ['sourceDate', (r) => r.source.date ?? null],
  ['externalId', (r) => r.source.externalId ?? null],
  ['sourceResponse', (r) => r.source.response ?? null],
  ['language', (r) => r.language],
  ['text', (r) => r.text],
  ['themes', (r) => list(r.themes)],
  ['sdgTargets', (r) => list(r.sdgTargets)],
  ['affectedGroups', (r) => list(r.affectedGroups)],
  ['reviewDueDate', (r) => r.reviewDueDate],
  ['overdue', overdueDeadline],
  ['planId', (r) => r.plan?.planId ?? null],
  ['actionRef', (r) => r.plan?.actionRef ?? null],
  ['actionNumbers', (r) => list(r.actionNumbers)],
  ['responsibleInstitutions', (r) => list(r.plan?.responsibleInstitutions)],
  ['targetDate', (r) => r.plan?.targetDate ?? null],
  ['progressStatus', (r) => r.progress?.status ?? null],
  ['revision', (r) => r.revision],
  ['updatedAt', (r) => r.updatedAt],
  // Added after the first release of the export: always at the end, so existing column positions hold.
  ['stateAssessment', (r) => r.details?.stateAssessment ?? null],
  ['mechanismAssessmentScale', (r) => r.details?.latestMechanismAssessment?.scale ?? null],
  ['mechanismAssessmentGrade', (r) => r.details?.latestMechanismAssessment?.grade ?? null],
  ['mechanismAssessedBy', (r) => r.details?.latestMechanismAssessment?.assessedBy ?? null],
  ['mechanismAssessedOn', (r) => r.details?.latestMechanismAssessment?.assessedOn ?? null],
  ['carriedOverFrom', (r) => list(r.details?.links.carriedOverFrom)],
  ['carriedOverTo', (r) => list(r.details?.links.carriedOverTo)],
  ['duplicates', (r) => list(r.details?.links.duplicates)],
  ['duplicatedBy', (r) => list(r.details?.links.duplicatedBy)],
  ['related', (r) => list(r.details?.links.related)],
  ['leadInstitutions', (r) => list(r.details?.leadInstitutions)],
  ['supportingInstitutions', (r) => list(r.details?.supportingInstitutions)],
  ['latestValidatedPeriodEnd', (r) => r.details?.latestValidatedProgress?.periodEnd ?? null],
  ['latestValidatedNarrative', (r) => r.details?.latestValidatedProgress?.narrativeExcerpt ?? null],
];

export const CSV_HEADER = CSV_COLUMNS.map(([name]) => name);

/** Written first, so Excel reads the file as UTF-8 (Cyrillic, Turkmen) instead of the machine's code page. */
export const UTF8_BOM = '\uFEFF';

/** A row's cells as they are: the XLSX keeps text as text by itself. */
export const exportCells = (item: ExportedRecommendation): Cell[] =>
  CSV_COLUMNS.map(([, cell]) => cell(item));

/** A CSV row: formula-like text quoted, so a spreadsheet shows it instead of running it. */
export const csvRecord = (cells: readonly Cell[]): Cell[] => cells.map(spreadsheetSafe);
