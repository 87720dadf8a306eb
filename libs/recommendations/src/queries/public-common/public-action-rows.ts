import type { ReadModelDatabase } from '@app/projections';
import type { InstitutionNames } from '../../domain';
import { PUBLIC_TABLES } from '../../read-models/public/public.tables';
import type { PublicAction, PublicIndicator, PublicReport } from './public-answers';
import { byNumber } from './public-recommendation-rows';

const T = PUBLIC_TABLES;

type Row = Record<string, string | bigint | number | null>;
type StoredIndicator = PublicIndicator & { indicatorId: string };

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

/** Published actions of one plan, or of all; each with its published recommendations and published reports. */
export function readPublicActions(
  db: ReadModelDatabase,
  where: { planId?: string; reference?: string } = {},
): PublicAction[] {
  const rows = db
    .prepare<[{ plan: string | null; reference: string | null }], Row>(
      `SELECT a.action_id, a.plan_id, a.number, a.title, a.description, a.lead_institution_id,
         a.supporting_institution_ids, a.start_date, a.target_date, a.status, a.indicators,
         (SELECT json_group_array(r.reference) FROM ${T.links} l JOIN ${T.recommendations} r ON r.id = l.recommendation_id
           WHERE l.action_id = a.action_id) AS refs
       FROM ${T.actions} a
       WHERE (@plan IS NULL OR a.plan_id = @plan)
         AND (@reference IS NULL OR a.action_id IN (SELECT l.action_id FROM ${T.links} l
           JOIN ${T.recommendations} r ON r.id = l.recommendation_id WHERE r.reference = @reference))`,
    )
    .all({ plan: where.planId ?? null, reference: where.reference ?? null });
  const names = institutionNames(db);
  const reports = db.prepare<[string], Row>(
    `SELECT period_start, period_end, narrative, indicator_values FROM ${T.reports}
     WHERE action_id = ? ORDER BY period_end, period_start`,
  );
  return rows
    .map((row): PublicAction => {
      const indicators = JSON.parse(String(row.indicators)) as StoredIndicator[];
      const lead = text(row.lead_institution_id);
      const supporting = JSON.parse(String(row.supporting_institution_ids)) as string[];
      return {
        planId: String(row.plan_id),
        number: String(row.number),
        title: String(row.title),
        description: text(row.description),
        leadInstitution: lead === null ? null : names(lead),
        supportingInstitutions: supporting.map(names),
        startDate: text(row.start_date),
        targetDate: text(row.target_date),
        status: String(row.status),
        recommendationReferences: (JSON.parse(String(row.refs)) as string[]).sort(byNumber),
        indicators: indicators.map(({ name, unit, baseline, target }) => ({ name, unit, baseline, target })),
        reports: reports.all(String(row.action_id)).map((report) => publicReport(report, indicators)),
      };
    })
    .sort((a, b) => a.planId.localeCompare(b.planId) || byNumber(a.number, b.number));
}

function publicReport(row: Row, indicators: readonly StoredIndicator[]): PublicReport {
  const values = JSON.parse(String(row.indicator_values)) as { indicatorId: string; value: number }[];
  return {
    periodStart: String(row.period_start),
    periodEnd: String(row.period_end),
    narrative: String(row.narrative),
    indicatorValues: values.flatMap(({ indicatorId, value }) => {
      const indicator = indicators.find((candidate) => candidate.indicatorId === indicatorId);
      return indicator === undefined ? [] : [{ indicator: indicator.name, unit: indicator.unit, value }];
    }),
  };
}

/** Names by institution id; an id the registry never named shows as itself (the v1 plan links' free text). */
function institutionNames(db: ReadModelDatabase): (id: string) => InstitutionNames {
  const lookup = db.prepare<[string], { names: string }>(
    `SELECT names FROM ${T.institutions} WHERE institution_id = ?`,
  );
  return (id) => {
    const found = lookup.get(id);
    return found === undefined ? { en: id } : (JSON.parse(found.names) as InstitutionNames);
  };
}
