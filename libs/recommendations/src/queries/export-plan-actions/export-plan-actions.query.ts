import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';
import type { ActionDetailsAnswer } from '../actions-common/action-answers';

/** `GET /plans/:id/actions?format=csv|xlsx`: the list's actions with their links and indicators. */
export class ExportPlanActionsQuery extends Query<ReadModelAnswer<ActionDetailsAnswer[]>> {
  constructor(
    readonly planId: string,
    readonly filter: { institutionId?: string; status?: string },
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
