import { Query } from '@nestjs/cqrs';
import type { ProgressReportAnswer, ReadModelAnswer, ReportViewer } from '../common';

export class GetProgressReportQuery extends Query<ReadModelAnswer<ProgressReportAnswer>> {
  constructor(
    readonly id: string,
    readonly viewer: ReportViewer,
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
