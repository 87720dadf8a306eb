import { Query } from '@nestjs/cqrs';
import type { PlanWithCounts, ReadModelAnswer } from '../shared';

export class ListPlansQuery extends Query<ReadModelAnswer<PlanWithCounts[]>> {
  constructor(readonly consistentWith?: bigint) {
    super();
  }
}
