import type { ActionDetailsAnswer, InstitutionRef } from '@app/recommendations';
import type { ReportTable } from '../queries/report-files';

const list = (values: readonly string[]): string => values.join('; ');
const nameOf = (ref: InstitutionRef): string => ref.names?.en ?? ref.id;

/** A plan's actions as the CSV and XLSX exports hold them; lists are joined with "; ". */
export function actionsTable(planId: string, actions: readonly ActionDetailsAnswer[]): ReportTable {
  return {
    name: `${planId}-actions`,
    header: [
      'number',
      'title',
      'status',
      'lead',
      'supporting',
      'startDate',
      'targetDate',
      'linkedReferences',
      'indicators',
    ],
    rows: actions.map((action) => [
      action.number,
      action.title,
      action.status,
      action.leadInstitution === null ? list(action.responsibleInstitutions) : nameOf(action.leadInstitution),
      list(action.supportingInstitutions.map(nameOf)),
      action.startDate,
      action.targetDate,
      list(action.recommendations.map((r) => r.reference ?? r.id)),
      list(action.indicators.map((i) => `${i.name} (${i.unit}, every ${i.frequencyMonths} months)`)),
    ]),
  };
}
