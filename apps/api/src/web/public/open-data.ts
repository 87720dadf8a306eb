import type { PublicAction, PublicRecommendation } from '@app/recommendations';
import type { ReportTable } from '../../queries/report-files';

const list = (values: readonly string[]): string => values.join('; ');

/** Where an open-data file's fields are described. */
export const SCHEMA_PATH = '/public/data/schema.json';

/** Every open-data file carries its licence and the log position it reflects, in JSON and in each CSV row. */
export interface DataEnvelope {
  licence: string;
  logPosition: string;
}

export const RECOMMENDATION_COLUMNS = [
  'reference',
  'text',
  'language',
  'translations',
  'mechanism',
  'body',
  'recommendingParties',
  'stateUnderReview',
  'uprCycle',
  'uprSession',
  'documentSymbol',
  'document',
  'paragraph',
  'date',
  'themes',
  'sdgTargets',
  'affectedGroups',
  'status',
  'position',
  'rationale',
  'planId',
  'actionNumbers',
] as const;

export function recommendationsTable(
  items: readonly PublicRecommendation[],
  envelope: DataEnvelope,
): ReportTable {
  return {
    name: 'recommendations',
    header: [...RECOMMENDATION_COLUMNS, 'licence', 'logPosition'],
    rows: items.map((r) => [
      ...RECOMMENDATION_COLUMNS.map((column) => {
        const value = r[column];
        if (column === 'translations') return JSON.stringify(value);
        if (column === 'recommendingParties') return list(r.recommendingParties.map((party) => party.name));
        return Array.isArray(value) ? list(value as string[]) : (value as string | number | null);
      }),
      envelope.licence,
      envelope.logPosition,
    ]),
  };
}

export const ACTION_COLUMNS = [
  'planId',
  'number',
  'title',
  'description',
  'status',
  'leadInstitution',
  'supportingInstitutions',
  'startDate',
  'targetDate',
  'recommendationReferences',
  'indicators',
  'reports',
] as const;

export function actionsTable(items: readonly PublicAction[], envelope: DataEnvelope): ReportTable {
  return {
    name: 'actions',
    header: [...ACTION_COLUMNS, 'licence', 'logPosition'],
    rows: items.map((a) => [
      a.planId,
      a.number,
      a.title,
      a.description,
      a.status,
      a.leadInstitution?.en ?? null,
      list(a.supportingInstitutions.map((names) => names.en)),
      a.startDate,
      a.targetDate,
      list(a.recommendationReferences),
      list(a.indicators.map((i) => `${i.name} (${i.unit}): ${i.baseline ?? ''} -> ${i.target ?? ''}`)),
      JSON.stringify(a.reports),
      envelope.licence,
      envelope.logPosition,
    ]),
  };
}
