import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';
import type { ActionDetailsAnswer } from '../actions-common/action-answers';

export class GetActionQuery extends Query<ReadModelAnswer<ActionDetailsAnswer>> {
  constructor(
    readonly actionId: string,
    readonly consistentWith?: bigint,
    /** A focal point's institution: an action it neither leads nor supports is not found. */
    readonly viewerInstitutionId?: string,
  ) {
    super();
  }
}
