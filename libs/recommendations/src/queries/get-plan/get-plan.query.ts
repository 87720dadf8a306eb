import { Query } from '@nestjs/cqrs';
import type { PlanWithCounts, ReadModelAnswer } from '../shared';

export class GetPlanQuery extends Query<ReadModelAnswer<PlanWithCounts>> {
  constructor(
    readonly id: string,
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
