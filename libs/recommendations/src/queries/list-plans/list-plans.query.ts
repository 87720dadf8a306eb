import { Query } from '@nestjs/cqrs';
import type { PlanWithCounts, ReadModelAnswer } from '../common';

export class ListPlansQuery extends Query<ReadModelAnswer<PlanWithCounts[]>> {
  constructor(readonly consistentWith?: bigint) {
    super();
  }
}
