import { Query } from '@nestjs/cqrs';
import type { ProgressReportAnswer, ReadModelAnswer } from '../common';

export class ValidationQueueQuery extends Query<ReadModelAnswer<ProgressReportAnswer[]>> {
  constructor(readonly consistentWith?: bigint) {
    super();
  }
}
