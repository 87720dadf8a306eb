import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';
import type { PublicAction } from '../public-common';

/** Published actions (of one plan, or all) with their published recommendations and validated published reports. */
export class ListPublicActionsQuery extends Query<ReadModelAnswer<PublicAction[]>> {
  constructor(readonly planId?: string) {
    super();
  }
}
