import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PROGRESS_REPORT_LIFECYCLE } from '../../domain';
import { PROJECTION_NAMES } from '../../read-models';
import { REPORT_SELECT, ReadModels, reportAnswers } from '../common';
import { ValidationQueueQuery } from './validation-queue.query';

/** The reports waiting for the secretariat: submitted ones, the longest-waiting first. */
@QueryHandler(ValidationQueueQuery)
export class ValidationQueueHandler implements IQueryHandler<ValidationQueueQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ consistentWith }: ValidationQueueQuery) {
    const { db } = this.readModels;
    const waiting = PROGRESS_REPORT_LIFECYCLE.validateProgressReport.from[0];
    return this.readModels.answer(PROJECTION_NAMES.progressReports, consistentWith, () =>
      reportAnswers(
        db,
        db
          .prepare(`${REPORT_SELECT} WHERE r.status = @waiting ORDER BY r.submitted_at, r.report_id`)
          .all({ waiting }) as never[],
      ),
    );
  }
}
