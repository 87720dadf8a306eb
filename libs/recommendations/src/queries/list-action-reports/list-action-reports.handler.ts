import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PROJECTION_NAMES } from '../../read-models';
import { REPORT_SELECT, ReadModels, VIEWER_FILTER, reportAnswers, viewerParams } from '../common';
import { ListActionReportsQuery } from './list-action-reports.query';

/** An action's reports, newest period first; a focal point gets only their own institution's. */
@QueryHandler(ListActionReportsQuery)
export class ListActionReportsHandler implements IQueryHandler<ListActionReportsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ actionId, viewer, consistentWith }: ListActionReportsQuery) {
    const { db } = this.readModels;
    return this.readModels.answer(PROJECTION_NAMES.progressReports, consistentWith, () =>
      reportAnswers(
        db,
        db
          .prepare(
            `${REPORT_SELECT} WHERE r.action_id = @actionId AND ${VIEWER_FILTER}
             ORDER BY r.period_end DESC, r.first_submitted_at DESC, r.report_id`,
          )
          .all({ actionId, ...viewerParams(viewer) }) as never[],
      ),
    );
  }
}
