import { Query } from '@nestjs/cqrs';
import type { PlanWithCounts, ReadModelAnswer } from '../common';

export class GetPlanQuery extends Query<ReadModelAnswer<PlanWithCounts>> {
  constructor(
    readonly id: string,
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
