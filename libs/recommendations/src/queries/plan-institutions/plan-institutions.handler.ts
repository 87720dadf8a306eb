import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { PlanNotFoundError } from '../../domain';
import { PROJECTION_NAMES, TABLES } from '../../read-models';
import { normaliseLabel } from '../../vocabulary';
import { OVERDUE_SQL, ReadModels, isoToday } from '../common';
import { readPlanRegistryCounts } from '../actions-common/action-reads';
import { PlanInstitutionsQuery, type InstitutionCounts } from './plan-institutions.query';

interface LinkRow {
  status: string;
  overdue: bigint | null;
  institutions: string | null;
}

const STATUS_COUNTED = ['planned', 'implemented', 'archived'] as const;

/** Counts per institution; names that differ only in case, accents or punctuation are one institution. */
export function countByInstitution(rows: readonly LinkRow[]): InstitutionCounts[] {
  const byKey = new Map<string, InstitutionCounts>();
  for (const row of rows) {
    const names = row.institutions === null ? [] : (JSON.parse(row.institutions) as string[]);
    // The first spelling met names the institution; a link naming none counts under null (key '').
    const keyed = new Map<string, string | null>(names.map((name) => [`n:${normaliseLabel(name)}`, name]));
    if (keyed.size === 0) keyed.set('', null);
    for (const [key, institution] of keyed) {
      let counts = byKey.get(key);
      if (counts === undefined) {
        counts = { institution, total: 0, planned: 0, implemented: 0, archived: 0, overdueTargets: 0 };
        byKey.set(key, counts);
      }
      counts.total += 1;
      const status = STATUS_COUNTED.find((counted) => counted === row.status);
      if (status !== undefined) counts[status] += 1;
      if (Number(row.overdue ?? 0) === 1) counts.overdueTargets += 1;
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      b.total - a.total ||
      (a.institution === null ? 1 : b.institution === null ? -1 : a.institution.localeCompare(b.institution)),
  );
}

/** A plan's recommendations by responsible institution, read from the plan links the lifecycle read model keeps. */
@QueryHandler(PlanInstitutionsQuery)
export class PlanInstitutionsHandler implements IQueryHandler<PlanInstitutionsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ planId, consistentWith }: PlanInstitutionsQuery) {
    const today = isoToday(this.clock());
    const answer = await this.readModels.answer(PROJECTION_NAMES.recommendations, consistentWith, () =>
      this.read(planId, today),
    );
    if (answer.value === undefined) throw new PlanNotFoundError(planId);
    const value = {
      planId,
      position: answer.position.toString(),
      institutions: countByInstitution(answer.value.links),
      registry: answer.value.registry,
    };
    return { position: answer.position, value };
  }

  private read(planId: string, today: string) {
    const { db } = this.readModels;
    const plan = db
      .prepare<[string], { id: string }>(`SELECT id FROM ${TABLES.plans} WHERE id = ?`)
      .get(planId);
    if (plan === undefined) return undefined;
    const links = db
      .prepare<[{ planId: string; today: string }], LinkRow>(
        `SELECT r.status, ${OVERDUE_SQL} AS overdue,
           json_extract(r.view, '$.state.plan.responsibleInstitutions') AS institutions
         FROM ${TABLES.recommendations} r WHERE r.plan_id = @planId ORDER BY r.seq`,
      )
      .all({ planId, today });
    return { links, registry: readPlanRegistryCounts(db, planId) };
  }
}
