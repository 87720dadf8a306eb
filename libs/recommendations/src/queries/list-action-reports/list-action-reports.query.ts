import { Query } from '@nestjs/cqrs';
import type { ProgressReportAnswer, ReadModelAnswer, ReportViewer } from '../common';

export class ListActionReportsQuery extends Query<ReadModelAnswer<ProgressReportAnswer[]>> {
  constructor(
    readonly actionId: string,
    readonly viewer: ReportViewer,
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
