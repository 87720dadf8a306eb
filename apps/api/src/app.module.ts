import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { APP_CONFIG, CLOCK, storeSelection, systemClock, type AppConfig, type Clock } from '@app/config';
import { EVENT_STORE, createEventStore, type EventStore } from '@app/event-store';
import {
  AuditEventLog,
  COMMAND_HANDLERS,
  COMMAND_SERVICES,
  IMPLIED_ACTIONS,
  ReadModelImpliedActions,
  EventStreamRepository,
  QUERY_HANDLERS,
  RecommendationHistory,
  RecommendationImporter,
  UPCASTERS,
  upcastersFromModule,
} from '@app/recommendations';
import { AuditController } from './audit/audit.controller';
import { evidenceProviders } from './evidence/evidence.providers';
import { RecommendationEvidenceController } from './evidence/recommendation-evidence.controller';
import { RecommendationAuditController } from './audit/recommendation-audit.controller';
import { AuthGuard } from './auth/auth.guard';
import { SessionStore } from './auth/session/session.store';
import { userDirectoryProvider } from './auth/user-directory.provider';
import { WhoamiController } from './auth/whoami.controller';
import { VocabularyController } from './vocabulary/vocabulary.controller';
import { FeedController } from './feed/feed.controller';
import { HealthController } from './health/health.controller';
import { ImportReportStore } from './imports/import-report.store';
import { ImportService } from './imports/import.service';
import { ImportFilesController } from './imports/import-files.controller';
import { ImportsController } from './imports/imports.controller';
import { ActionImportController } from './imports/actions/action-import.controller';
import { ActionImportLookups } from './imports/actions/action-import.lookups';
import { ActionImportService } from './imports/actions/action-import.service';
import { InstrumentedEventStore } from './metrics/instrumented-event-store';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsRegistry } from './metrics/metrics.registry';
import { ProjectionMetrics } from './metrics/projection-metrics';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { requestValidationPipe } from './http/request-validation.pipe';
import { PlansController } from './plans/plans.controller';
import { InboxController } from './progress-reports/inbox.controller';
import { ProgressReportBodyReader } from './progress-reports/progress-report-body.reader';
import { ProgressReportsController } from './progress-reports/progress-reports.controller';
import { ActionsController } from './actions/actions.controller';
import { PublicationController } from './publication/publication.controller';
import { RecommendationPublicationController } from './publication/recommendation-publication.controller';
import { PlanActionsController } from './actions/plan-actions.controller';
import { InstitutionsController } from './institutions/institutions.controller';
import { ReportEvidenceController } from './progress-reports/report-evidence.controller';
import { ReportSubmissionsController } from './progress-reports/report-submissions.controller';
import { ProjectionsController } from './projections/projections.controller';
import { projectionProviders } from './projections/projections.providers';
import { RecommendationQueriesController } from './queries/recommendation-queries.controller';
import { ReportsController } from './queries/reports.controller';
import { DocumentsController } from './documents/documents.controller';
import { RecommendationCommandsController } from './recommendations/recommendation-commands.controller';
import { RecommendationLinksController } from './recommendations/recommendation-links.controller';
import { WEB_CONTROLLERS } from './web/web.controllers';

export interface AppModuleOptions {
  config: AppConfig;
  /** Tests inject a fixed clock or a ready store. */
  clock?: Clock;
  eventStore?: EventStore;
  /** Tests register upcasters of made-up older payload versions: a module exporting `upcasters`, for both threads. */
  upcastersModule?: string;
  /** Tests shorten how long `?consistentWith=` waits before 504. */
  consistencyTimeoutMs?: number;
}

@Module({})
export class AppModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        HealthController,
        WhoamiController,
        VocabularyController,
        RecommendationCommandsController,
        RecommendationLinksController,
        RecommendationEvidenceController,
        PlansController,
        ProgressReportsController,
        ReportSubmissionsController,
        ReportEvidenceController,
        InboxController,
        PlanActionsController,
        ActionsController,
        PublicationController,
        RecommendationPublicationController,
        InstitutionsController,
        RecommendationQueriesController,
        ReportsController,
        DocumentsController,
        ProjectionsController,
        MetricsController,
        RecommendationAuditController,
        AuditController,
        FeedController,
        ImportFilesController,
        ImportsController,
        ActionImportController,
        ...WEB_CONTROLLERS,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: MetricsRegistry, useFactory: () => new MetricsRegistry() },
        ProjectionMetrics,
        {
          provide: EVENT_STORE,
          inject: [MetricsRegistry],
          useFactory: (metrics: MetricsRegistry) =>
            new InstrumentedEventStore(
              options.eventStore ?? createEventStore(storeSelection(options.config)),
              metrics,
            ),
        },
        userDirectoryProvider,
        SessionStore,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useValue: requestValidationPipe() },
        EventStreamRepository,
        ...COMMAND_HANDLERS,
        ProgressReportBodyReader,
        ...COMMAND_SERVICES,
        { provide: IMPLIED_ACTIONS, useClass: ReadModelImpliedActions },
        ...projectionProviders(options),
        ...QUERY_HANDLERS,
        { provide: UPCASTERS, useValue: upcastersFromModule(options.upcastersModule) },
        RecommendationHistory,
        AuditEventLog,
        RecommendationImporter,
        ImportReportStore,
        ImportService,
        ActionImportLookups,
        ActionImportService,
        ...evidenceProviders,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
