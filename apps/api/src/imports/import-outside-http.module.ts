import { type DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { EventStreamRepository, RecommendationImporter } from '@app/recommendations';
import { ImportReportStore } from './import-report.store';
import { ImportService } from './import.service';

/** The import without HTTP (`cli import`, `npm run demo`): the same service, store and decider as the API. */
@Module({})
export class ImportOutsideHttpModule {
  static forRoot(
    config: Pick<AppConfig, 'dataDir' | 'importResponseMapFile'>,
    store: EventStore,
    clock: Clock,
  ): DynamicModule {
    return {
      module: ImportOutsideHttpModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: EVENT_STORE, useValue: store },
        EventStreamRepository,
        RecommendationImporter,
        ImportReportStore,
        ImportService,
      ],
    };
  }
}
