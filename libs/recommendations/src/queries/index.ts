import { GetPlanHandler } from './get-plan/get-plan.handler';
import { GetRecommendationHandler } from './get-recommendation/get-recommendation.handler';
import { ImplementationOverTimeHandler } from './implementation-over-time/implementation-over-time.handler';
import { ListPlansHandler } from './list-plans/list-plans.handler';
import { ListRecommendationsHandler } from './list-recommendations/list-recommendations.handler';
import { PlanInstitutionsHandler } from './plan-institutions/plan-institutions.handler';
import { ReadFeedHandler } from './read-feed/read-feed.handler';
import { ListInstitutionsHandler } from './list-institutions/list-institutions.handler';
import { GetInstitutionHandler } from './get-institution/get-institution.handler';
import { ListPlanActionsHandler } from './list-plan-actions/list-plan-actions.handler';
import { GetActionHandler } from './get-action/get-action.handler';
import { ExportPlanActionsHandler } from './export-plan-actions/export-plan-actions.handler';
import { RecommendationActionNumbersHandler } from './action-numbers/action-numbers.handler';
import { RecommendationExportDetailsHandler } from './export-details/export-details.handler';
import { SummarizeRecommendationsHandler } from './summarize-recommendations/summarize-recommendations.handler';
import { SuggestCarryOversHandler } from './suggest-carry-overs/suggest-carry-overs.handler';
import { GetProgressReportHandler } from './get-progress-report/get-progress-report.handler';
import { ListActionReportsHandler } from './list-action-reports/list-action-reports.handler';
import { InboxHandler } from './inbox/inbox.handler';
import { ValidationQueueHandler } from './validation-queue/validation-queue.handler';
import { DocumentSnapshotHandler } from './document-snapshot/document-snapshot.handler';
import { PublicBoardHandler } from './public-board/public-board.handler';
import { GetPublicRecommendationHandler } from './get-public-recommendation/get-public-recommendation.handler';
import { ListPublicRecommendationsHandler } from './list-public-recommendations/list-public-recommendations.handler';
import { ListPublicActionsHandler } from './list-public-actions/list-public-actions.handler';

export * from './common';
export * from './list-recommendations/list-recommendations.query';
export * from './get-recommendation/get-recommendation.query';
export * from './list-plans/list-plans.query';
export * from './get-plan/get-plan.query';
export * from './summarize-recommendations/summarize-recommendations.query';
export * from './summarize-recommendations/summary-dimensions-parser';
export * from './read-feed/read-feed.query';
export * from './implementation-over-time/implementation-over-time.query';
export * from './plan-institutions/plan-institutions.query';
export * from './suggest-carry-overs/suggest-carry-overs.query';
export * from './get-progress-report/get-progress-report.query';
export * from './list-action-reports/list-action-reports.query';
export * from './inbox/inbox.query';
export * from './inbox/inbox.answer';
export * from './validation-queue/validation-queue.query';
export * from './actions-common/action-answers';
export * from './list-institutions/list-institutions.query';
export * from './get-institution/get-institution.query';
export * from './list-plan-actions/list-plan-actions.query';
export * from './get-action/get-action.query';
export * from './export-plan-actions/export-plan-actions.query';
export * from './action-numbers/action-numbers.query';
export * from './export-details/export-details.query';
export * from './document-snapshot/document-snapshot.query';
export * from './implied-actions/read-model-implied-actions';
export * from './public-common/public-answers';
export * from './public-board/public-board.query';
export * from './get-public-recommendation/get-public-recommendation.query';
export * from './list-public-recommendations/list-public-recommendations.query';
export * from './list-public-actions/list-public-actions.query';
export {
  DocumentSnapshotHandler,
  GetPlanHandler,
  GetRecommendationHandler,
  ImplementationOverTimeHandler,
  ListPlansHandler,
  ListRecommendationsHandler,
  PlanInstitutionsHandler,
  ReadFeedHandler,
  SuggestCarryOversHandler,
  SummarizeRecommendationsHandler,
};

/** Every query handler; the API module registers them with @nestjs/cqrs, beside `ReadModels`. */
export const QUERY_HANDLERS = [
  ListRecommendationsHandler,
  GetRecommendationHandler,
  ListPlansHandler,
  GetPlanHandler,
  SummarizeRecommendationsHandler,
  ImplementationOverTimeHandler,
  PlanInstitutionsHandler,
  ReadFeedHandler,
  SuggestCarryOversHandler,
  GetProgressReportHandler,
  ListActionReportsHandler,
  InboxHandler,
  ValidationQueueHandler,
  ListInstitutionsHandler,
  GetInstitutionHandler,
  ListPlanActionsHandler,
  GetActionHandler,
  ExportPlanActionsHandler,
  RecommendationActionNumbersHandler,
  RecommendationExportDetailsHandler,
  DocumentSnapshotHandler,
  PublicBoardHandler,
  GetPublicRecommendationHandler,
  ListPublicRecommendationsHandler,
  ListPublicActionsHandler,
];
