import type { ActionMatrixEntry, ActionMatrixIndicator, ImportRowError } from '@app/imports';
import { actionIdOf, type IndicatorDefinition, type PlanPeriod } from '@app/recommendations';
import { indicatorIdOf } from './indicator-id';
import type { InstitutionMatch } from './institution-index';

/** Row error codes of a results matrix's import, besides those of reading it (ROW_ERROR_CODES). */
export const ACTION_IMPORT_ROW_CODES = {
  unknownInstitution: 'IMPORT.ROW.UNKNOWN_INSTITUTION',
  ambiguousInstitution: 'IMPORT.ROW.AMBIGUOUS_INSTITUTION',
  leadAlsoSupporting: 'IMPORT.ROW.LEAD_ALSO_SUPPORTING',
  outsidePlanPeriod: 'IMPORT.ROW.OUTSIDE_PLAN_PERIOD',
  datesOutOfOrder: 'IMPORT.ROW.DATES_OUT_OF_ORDER',
  unknownRecommendation: 'IMPORT.ROW.UNKNOWN_RECOMMENDATION',
} as const;

/** A schedule the matrix leaves out reports yearly. */
export const DEFAULT_FREQUENCY_MONTHS = 12;

/** What the import knows before it decides: the plan, the registry, the references, the actions already there. */
export type ImportLookups = {
  plan: PlanPeriod;
  institution: (label: string) => InstitutionMatch;
  recommendationIdOf: (reference: string) => string | undefined;
  existing: (actionId: string) => { recommendationIds: string[]; indicatorIds: string[] } | undefined;
};

export type NewActionDetails = {
  title: string;
  description?: string;
  leadInstitutionId?: string;
  supportingInstitutionIds: string[];
  startDate?: string;
  targetDate?: string;
};

/** What importing one action does: create it (when new), then link and define only what it lacks. */
export type PlannedAction = {
  number: string;
  actionId: string;
  rows: number[];
  create?: NewActionDetails;
  recommendationIds: string[];
  indicators: IndicatorDefinition[];
};

type Fail = (field: string, code: string, message: string) => void;

function resolveInstitution(
  lookups: ImportLookups,
  label: string,
  field: string,
  fail: Fail,
): string | undefined {
  const match = lookups.institution(label);
  if ('id' in match) return match.id;
  if (match.problem === 'ambiguous') {
    fail(
      field,
      ACTION_IMPORT_ROW_CODES.ambiguousInstitution,
      `"${label}" names ${match.ids?.join(', ')}: write the id`,
    );
  } else {
    fail(field, ACTION_IMPORT_ROW_CODES.unknownInstitution, `"${label}" is not a registered institution`);
  }
  return undefined;
}

function checkDates(entry: ActionMatrixEntry, plan: PlanPeriod, fail: Fail): void {
  const dated: [string, string | undefined][] = [
    ['Start date', entry.startDate],
    ['Target date', entry.targetDate],
    ...entry.indicators.map((indicator): [string, string | undefined] => [
      'Reporting from',
      indicator.scheduleStart,
    ]),
  ];
  for (const [field, date] of dated) {
    if (date !== undefined && (date < plan.periodStart || date > plan.periodEnd)) {
      const period = `${plan.periodStart} to ${plan.periodEnd}`;
      fail(field, ACTION_IMPORT_ROW_CODES.outsidePlanPeriod, `${date} is outside the plan period, ${period}`);
    }
  }
  if (entry.startDate !== undefined && entry.targetDate !== undefined && entry.startDate > entry.targetDate) {
    fail(
      'Target date',
      ACTION_IMPORT_ROW_CODES.datesOutOfOrder,
      `${entry.targetDate} is before the start date`,
    );
  }
}

function definitionOf(indicator: ActionMatrixIndicator, scheduleStart: string): IndicatorDefinition {
  const { name, unit, baseline, target } = indicator;
  return {
    indicatorId: indicatorIdOf(name),
    name,
    unit,
    ...(baseline === undefined ? {} : { baseline }),
    ...(target === undefined ? {} : { target }),
    frequencyMonths: indicator.frequencyMonths ?? DEFAULT_FREQUENCY_MONTHS,
    scheduleStart: indicator.scheduleStart ?? scheduleStart,
  };
}

/** The action's details as the command takes them, without the fields the matrix leaves empty. */
function detailsOf(
  entry: ActionMatrixEntry,
  lead: string | undefined,
  supporting: string[],
): NewActionDetails {
  const optional = {
    description: entry.description,
    leadInstitutionId: lead,
    startDate: entry.startDate,
    targetDate: entry.targetDate,
  };
  const given = Object.entries(optional).filter(([, value]) => value !== undefined);
  return { title: entry.title, ...Object.fromEntries(given), supportingInstitutionIds: supporting };
}

/** One entry: its row errors, or what importing it does. */
function planEntry(entry: ActionMatrixEntry, lookups: ImportLookups): ImportRowError[] | PlannedAction {
  const errors: ImportRowError[] = [];
  const fail: Fail = (field, code, message) => errors.push({ row: entry.row, field, code, message });
  const lead =
    entry.lead === undefined ? undefined : resolveInstitution(lookups, entry.lead, 'Lead institution', fail);
  const supporting = [
    ...new Set(
      entry.supporting.map((label) => resolveInstitution(lookups, label, 'Supporting institutions', fail)),
    ),
  ].filter((id): id is string => id !== undefined);
  if (lead !== undefined && supporting.includes(lead)) {
    fail(
      'Supporting institutions',
      ACTION_IMPORT_ROW_CODES.leadAlsoSupporting,
      `${lead} is already the lead`,
    );
  }
  checkDates(entry, lookups.plan, fail);
  const recommendationIds: string[] = [];
  for (const reference of entry.recommendationReferences) {
    const id = lookups.recommendationIdOf(reference);
    if (id === undefined) {
      const message = `"${reference}" is not the reference of a recorded recommendation`;
      fail('Recommendations', ACTION_IMPORT_ROW_CODES.unknownRecommendation, message);
    } else if (!recommendationIds.includes(id)) recommendationIds.push(id);
  }
  if (errors.length > 0) return errors;
  const actionId = actionIdOf(lookups.plan.id, entry.number);
  const existing = lookups.existing(actionId);
  const scheduleStart = entry.startDate ?? lookups.plan.periodStart;
  const indicators = new Map<string, IndicatorDefinition>();
  for (const indicator of entry.indicators.map((each) => definitionOf(each, scheduleStart))) {
    if (!indicators.has(indicator.indicatorId)) indicators.set(indicator.indicatorId, indicator);
  }
  return {
    number: entry.number.trim(),
    actionId,
    rows: entry.rows,
    ...(existing === undefined ? { create: detailsOf(entry, lead, supporting) } : {}),
    recommendationIds: recommendationIds.filter((id) => !existing?.recommendationIds.includes(id)),
    indicators: [...indicators.values()].filter((each) => !existing?.indicatorIds.includes(each.indicatorId)),
  };
}

/**
 * Pure: resolves each entry of a results matrix against the registry, the references and the plan, and says what
 * importing it does. An entry with any row error is left out; the others are still planned.
 */
export function planActionImport(
  entries: readonly ActionMatrixEntry[],
  lookups: ImportLookups,
): { actions: PlannedAction[]; errors: ImportRowError[] } {
  const actions: PlannedAction[] = [];
  const errors: ImportRowError[] = [];
  for (const entry of entries) {
    const planned = planEntry(entry, lookups);
    if (Array.isArray(planned)) errors.push(...planned);
    else actions.push(planned);
  }
  return { actions, errors };
}
