import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ProgressReportNotFoundError } from '../../domain';
import { PROJECTION_NAMES } from '../../read-models';
import { REPORT_SELECT, ReadModels, VIEWER_FILTER, reportAnswers, viewerParams } from '../common';
import { GetProgressReportQuery } from './get-progress-report.query';

/** One report; another institution's is answered 404 to a focal point, as if it did not exist. */
@QueryHandler(GetProgressReportQuery)
export class GetProgressReportHandler implements IQueryHandler<GetProgressReportQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ id, viewer, consistentWith }: GetProgressReportQuery) {
    const { db } = this.readModels;
    const answer = await this.readModels.answer(PROJECTION_NAMES.progressReports, consistentWith, () =>
      reportAnswers(
        db,
        db
          .prepare(`${REPORT_SELECT} WHERE r.report_id = @id AND ${VIEWER_FILTER}`)
          .all({ id, ...viewerParams(viewer) }) as never[],
      ),
    );
    const [report] = answer.value;
    if (!report) throw new ProgressReportNotFoundError(id);
    return { position: answer.position, value: report };
  }
}
