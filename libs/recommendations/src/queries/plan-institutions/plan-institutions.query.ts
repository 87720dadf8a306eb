import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';

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
}

export class PlanInstitutionsQuery extends Query<ReadModelAnswer<PlanInstitutions>> {
  constructor(
    readonly planId: string,
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
