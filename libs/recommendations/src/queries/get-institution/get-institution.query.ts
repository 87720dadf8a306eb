import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';
import type { InstitutionDetailsAnswer } from '../actions-common/action-answers';

export class GetInstitutionQuery extends Query<ReadModelAnswer<InstitutionDetailsAnswer>> {
  constructor(
    readonly institutionId: string,
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
