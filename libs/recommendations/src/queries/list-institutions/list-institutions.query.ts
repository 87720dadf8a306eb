import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';
import type { InstitutionItem } from '../actions-common/action-answers';

export class ListInstitutionsQuery extends Query<ReadModelAnswer<InstitutionItem[]>> {
  constructor(readonly consistentWith?: bigint) {
    super();
  }
}
