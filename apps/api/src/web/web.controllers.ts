import { AssetsController } from './assets/assets.controller';
import { AuditPageController } from './audit/audit-page.controller';
import { BoardController } from './board/board.controller';
import { RecommendationPageController } from './recommendation/recommendation.controller';
import { PlansPageController } from './plans/plans.controller';
import { ActionPagesController } from './actions/action-pages.controller';
import { ReportsPageController } from './reports/reports.controller';
import { ImportPageController } from './import/import-page.controller';
import { ActionImportPageController } from './import/action-import-page.controller';
import { SignInController } from './sign-in/sign-in.controller';
import { TimelineController } from './timeline/timeline.controller';
import { ProgressReportPagesController } from './progress-reports/progress-reports-pages.controller';
import { PublicPortalController } from './public/public-portal.controller';
import { PublicDataController } from './public/public-data.controller';

/** The workspace's pages, served under /app by the API's own process, on its own query and command handlers. */
export const WEB_CONTROLLERS = [
  AssetsController,
  SignInController,
  BoardController,
  RecommendationPageController,
  TimelineController,
  AuditPageController,
  ReportsPageController,
  PlansPageController,
  ActionPagesController,
  ImportPageController,
  ActionImportPageController,
  ProgressReportPagesController,
  PublicDataController,
  PublicPortalController,
];
