import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { COMMAND_HANDLERS, EventStreamRepository, RecommendationImporter } from '@app/recommendations';
import { ImportReportStore } from '../../../api/src/imports/import-report.store';
import { ImportService } from '../../../api/src/imports/import.service';

/** Just the command side (bus, handlers, store), so the demo goes through the same handlers as the API. */
@Module({})
export class DemoModule {
  static forRoot(store: EventStore, clock: Clock): DynamicModule {
    return {
      module: DemoModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: CLOCK, useValue: clock },
        EventStreamRepository,
        ...COMMAND_HANDLERS,
      ],
    };
  }
}

/** The import as the API and `cli import` run it; its reports go to DATA_DIR/imports like theirs. */
@Module({})
export class DemoImportModule {
  static forRoot(store: EventStore, config: Pick<AppConfig, 'dataDir'>, clock: Clock): DynamicModule {
    return {
      module: DemoImportModule,
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
