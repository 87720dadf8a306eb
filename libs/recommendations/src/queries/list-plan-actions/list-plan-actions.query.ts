import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';
import type { ActionSummary } from '../actions-common/action-answers';

/** `GET /plans/:id/actions?institution=&status=` */
export class ListPlanActionsQuery extends Query<ReadModelAnswer<ActionSummary[]>> {
  constructor(
    readonly planId: string,
    readonly filter: { institutionId?: string; status?: string },
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
