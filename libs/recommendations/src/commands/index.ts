import { ActionStreams, PlanLinkActions } from './common';
import { ProposeRecommendationHandler } from './propose-recommendation/propose-recommendation.handler';
import { AmendRecommendationHandler } from './amend-recommendation/amend-recommendation.handler';
import { ScheduleReviewHandler } from './schedule-review/schedule-review.handler';
import { RecordPositionHandler } from './record-position/record-position.handler';
import { DeferResponseHandler } from './defer-response/defer-response.handler';
import { ReopenReviewHandler } from './reopen-review/reopen-review.handler';
import { ReflectInPlanHandler } from './reflect-in-plan/reflect-in-plan.handler';
import { UpdatePlanLinkHandler } from './update-plan-link/update-plan-link.handler';
import { ReportProgressHandler } from './report-progress/report-progress.handler';
import { MarkImplementedHandler } from './mark-implemented/mark-implemented.handler';
import { WithdrawRecommendationHandler } from './withdraw-recommendation/withdraw-recommendation.handler';
import { ArchiveRecommendationHandler } from './archive-recommendation/archive-recommendation.handler';
import { RegisterPlanHandler } from './register-plan/register-plan.handler';
import { CorrectRecommendationHandler } from './correct-recommendation/correct-recommendation.handler';
import { AddTranslationHandler } from './add-translation/add-translation.handler';
import {
  LinkRecommendationHandler,
  UnlinkRecommendationHandler,
} from './link-recommendation/link-recommendation.handler';
import { RecordMechanismAssessmentHandler } from './record-mechanism-assessment/record-mechanism-assessment.handler';
import { PROGRESS_REPORT_COMMAND_HANDLERS } from './progress-reports/progress-report.handlers';
import { AttachEvidenceHandler } from './attach-evidence/attach-evidence.handler';
import { InstitutionCommandHandler } from './register-institution/register-institution.handler';
import { CreateActionHandler } from './create-action/create-action.handler';
import { ChangeActionHandler } from './change-action/change-action.handler';
import {
  PublishRecommendationHandler,
  UnpublishRecommendationHandler,
} from './publish-recommendation/publish-recommendation.handler';
export * from './common';
export * from './propose-recommendation/propose-recommendation.command';
export * from './amend-recommendation/amend-recommendation.command';
export * from './schedule-review/schedule-review.command';
export * from './record-position/record-position.command';
export * from './defer-response/defer-response.command';
export * from './reopen-review/reopen-review.command';
export * from './reflect-in-plan/reflect-in-plan.command';
export * from './update-plan-link/update-plan-link.command';
export * from './report-progress/report-progress.command';
export * from './mark-implemented/mark-implemented.command';
export * from './withdraw-recommendation/withdraw-recommendation.command';
export * from './archive-recommendation/archive-recommendation.command';
export * from './register-plan/register-plan.command';
export * from './correct-recommendation/correct-recommendation.command';
export * from './add-translation/add-translation.command';
export * from './link-recommendation/link-recommendation.command';
export * from './record-mechanism-assessment/record-mechanism-assessment.command';
export * from './progress-reports/progress-report.commands';
export * from './progress-reports/progress-report.streams';
export * from './progress-reports/report-admission';
export * from './attach-evidence/attach-evidence.command';
export * from './register-institution/register-institution.command';
export * from './create-action/create-action.command';
export * from './change-action/change-action.command';
export * from './publish-recommendation/publish-recommendation.command';

/** Every command handler; the API module registers them with @nestjs/cqrs. */
export const COMMAND_HANDLERS = [
  ProposeRecommendationHandler,
  AmendRecommendationHandler,
  ScheduleReviewHandler,
  RecordPositionHandler,
  DeferResponseHandler,
  ReopenReviewHandler,
  ReflectInPlanHandler,
  UpdatePlanLinkHandler,
  ReportProgressHandler,
  MarkImplementedHandler,
  WithdrawRecommendationHandler,
  ArchiveRecommendationHandler,
  RegisterPlanHandler,
  CorrectRecommendationHandler,
  AddTranslationHandler,
  LinkRecommendationHandler,
  UnlinkRecommendationHandler,
  RecordMechanismAssessmentHandler,
  ...PROGRESS_REPORT_COMMAND_HANDLERS,
  AttachEvidenceHandler,
  InstitutionCommandHandler,
  CreateActionHandler,
  ChangeActionHandler,
  PublishRecommendationHandler,
  UnpublishRecommendationHandler,
];

/** The handlers of action commands alone, for a process that runs only those (the CLI's results matrix import). */
export const ACTION_COMMAND_HANDLERS = [CreateActionHandler, ChangeActionHandler];

/** Services the action handlers share; registered beside COMMAND_HANDLERS. */
export const COMMAND_SERVICES = [ActionStreams, PlanLinkActions];
