import type { ReadModelDatabase } from '@app/projections';
import { ACTION_TABLES, TABLES, type ActionView } from '../../read-models';
import type {
  ActionDetailsAnswer,
  ActionSummary,
  IndicatorAnswer,
  InstitutionItem,
  LinkedRecommendation,
} from './action-answers';

interface InstitutionRow {
  institution_id: string;
  name_en: string;
  name_ru: string | null;
  name_tk: string | null;
  kind: string;
  abbreviation: string | null;
  revision: bigint;
}

interface ActionRow {
  view: string;
  revision: bigint;
  implied: bigint;
  links: bigint;
}

const institutionItem = (row: InstitutionRow): InstitutionItem => ({
  id: row.institution_id,
  names: { en: row.name_en, ru: row.name_ru, tk: row.name_tk },
  kind: row.kind,
  abbreviation: row.abbreviation,
  revision: Number(row.revision),
});

/** Every registered institution by English name, or the one with `id`. */
export function readInstitutions(db: ReadModelDatabase, id?: string): InstitutionItem[] {
  return db
    .prepare<[{ id: string | null }], InstitutionRow>(
      `SELECT * FROM ${ACTION_TABLES.institutions} WHERE @id IS NULL OR institution_id = @id
       ORDER BY name_en COLLATE NOCASE, institution_id`,
    )
    .all({ id: id ?? null })
    .map(institutionItem);
}

export interface ActionFilter {
  planId?: string;
  actionId?: string;
  institutionId?: string;
  status?: string;
}

const ACTION_SELECT = `SELECT a.view, a.revision, a.implied,
    (SELECT count(*) FROM ${ACTION_TABLES.actionLinks} l WHERE l.action_id = a.action_id) AS links
  FROM ${ACTION_TABLES.actions} a
  WHERE (@planId IS NULL OR a.plan_id = @planId) AND (@actionId IS NULL OR a.action_id = @actionId)
    AND (@status IS NULL OR a.status = @status)
    AND (@institutionId IS NULL OR EXISTS (SELECT 1 FROM ${ACTION_TABLES.actionInstitutions} i
      WHERE i.action_id = a.action_id AND i.institution_id = @institutionId))
  ORDER BY a.plan_id, a.number, a.action_id`;

const summaryOf = (row: ActionRow): ActionSummary & { view: ActionView } => {
  const view = JSON.parse(row.view) as ActionView;
  return {
    id: view.actionId,
    planId: view.planId,
    number: view.number,
    title: view.title,
    status: view.status,
    implied: Number(row.implied) === 1,
    leadInstitutionId: view.leadInstitutionId ?? null,
    supportingInstitutionIds: view.supportingInstitutionIds,
    startDate: view.startDate ?? null,
    targetDate: view.targetDate ?? null,
    responsibleInstitutions: view.responsibleInstitutions,
    recommendationCount: Number(row.links),
    published: view.published === true,
    view,
  };
};

/** Actions in number order, filtered by plan, institution (lead or supporting) and status. */
export function readActions(db: ReadModelDatabase, filter: ActionFilter): ActionSummary[] {
  return readActionRows(db, filter).map(({ view: _view, ...summary }) => summary);
}

function readActionRows(db: ReadModelDatabase, filter: ActionFilter) {
  const params = {
    planId: filter.planId ?? null,
    actionId: filter.actionId ?? null,
    institutionId: filter.institutionId ?? null,
    status: filter.status ?? null,
  };
  return db.prepare<[typeof params], ActionRow>(ACTION_SELECT).all(params).map(summaryOf);
}

const indicatorAnswer =
  (today: string) =>
  (indicator: ActionView['indicators'][number]): IndicatorAnswer => ({
    indicatorId: indicator.indicatorId,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline ?? null,
    target: indicator.target ?? null,
    frequencyMonths: indicator.frequencyMonths,
    scheduleStart: indicator.scheduleStart,
    dueDates: indicator.dueDates,
    pastDueDates: indicator.dueDates.filter((date) => date < today),
    nextDueDate: indicator.dueDates.find((date) => date >= today) ?? null,
  });

/** One action with its institutions' names, linked recommendations and indicators' due dates (past and next). */
export function readActionDetails(
  db: ReadModelDatabase,
  actionId: string,
  today: string,
): ActionDetailsAnswer | undefined {
  const [found] = readActionRows(db, { actionId });
  if (found === undefined) return undefined;
  const { view, ...summary } = found;
  const names = new Map(readInstitutions(db).map((item) => [item.id, item.names]));
  const ref = (id: string) => ({ id, names: names.get(id) ?? null });
  const recommendations = db
    .prepare<[string], LinkedRecommendation>(
      `SELECT l.recommendation_id AS id, r.reference, r.status FROM ${ACTION_TABLES.actionLinks} l
       LEFT JOIN ${TABLES.recommendations} r ON r.id = l.recommendation_id
       WHERE l.action_id = ? ORDER BY r.reference, l.recommendation_id`,
    )
    .all(actionId);
  const revision = db
    .prepare<[string], { revision: bigint }>(
      `SELECT revision FROM ${ACTION_TABLES.actions} WHERE action_id = ?`,
    )
    .get(actionId)?.revision;
  return {
    ...summary,
    description: view.description ?? null,
    revision: summary.implied || revision === undefined ? null : Number(revision),
    leadInstitution: view.leadInstitutionId === undefined ? null : ref(view.leadInstitutionId),
    supportingInstitutions: view.supportingInstitutionIds.map(ref),
    recommendations,
    indicators: view.indicators.map(indicatorAnswer(today)),
  };
}

export interface RegistryInstitutionCounts {
  institutionId: string;
  names: InstitutionItem['names'];
  /** Actions of the plan the institution leads or supports, by status. */
  actions: { total: number; lead: number; byStatus: Record<string, number> };
}

/** The registry's institutions that take part in a plan's actions, most actions first. */
export function readPlanRegistryCounts(db: ReadModelDatabase, planId: string): RegistryInstitutionCounts[] {
  const rows = db
    .prepare<[string], { institution_id: string; role: string; status: string; n: bigint }>(
      `SELECT i.institution_id, i.role, a.status, count(*) AS n FROM ${ACTION_TABLES.actionInstitutions} i
       JOIN ${ACTION_TABLES.actions} a ON a.action_id = i.action_id WHERE a.plan_id = ?
       GROUP BY i.institution_id, i.role, a.status`,
    )
    .all(planId);
  const names = new Map(readInstitutions(db).map((item) => [item.id, item.names]));
  const counts = new Map<string, RegistryInstitutionCounts>();
  for (const row of rows) {
    const known = names.get(row.institution_id) ?? { en: row.institution_id, ru: null, tk: null };
    const entry = counts.get(row.institution_id) ?? {
      institutionId: row.institution_id,
      names: known,
      actions: { total: 0, lead: 0, byStatus: {} },
    };
    const n = Number(row.n);
    entry.actions.total += n;
    if (row.role === 'lead') entry.actions.lead += n;
    entry.actions.byStatus[row.status] = (entry.actions.byStatus[row.status] ?? 0) + n;
    counts.set(row.institution_id, entry);
  }
  return [...counts.values()].sort(
    (a, b) => b.actions.total - a.actions.total || a.names.en.localeCompare(b.names.en),
  );
}
