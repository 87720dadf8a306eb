import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';
import type { RegistryInstitutionCounts } from '../actions-common/action-reads';

/** One responsible institution's share of a plan; `institution` is null for links that name none. */
export interface InstitutionCounts {
  institution: string | null;
  total: number;
  planned: number;
  implemented: number;
  archived: number;
  /** Planned recommendations past their target date (today by the injected clock). */
  overdueTargets: number;
}

/** `GET /plans/:id/institutions`: a recommendation counts once under each institution its plan link names. */
export interface PlanInstitutions {
  planId: string;
  position: string;
  institutions: InstitutionCounts[];
  /** The registry's institutions with the plan's actions they lead or support, by status. */
  registry: RegistryInstitutionCounts[];
}

export class PlanInstitutionsQuery extends Query<ReadModelAnswer<PlanInstitutions>> {
  constructor(
    readonly planId: string,
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
