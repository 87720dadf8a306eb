import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { APP_CONFIG, CLOCK, storeSelection, systemClock, type AppConfig, type Clock } from '@app/config';
import { EVENT_STORE, createEventStore, type EventStore } from '@app/event-store';
import { HealthController } from './health/health.controller';

export interface AppModuleOptions {
  config: AppConfig;
  /** Tests inject a fixed clock or a ready store. */
  clock?: Clock;
  eventStore?: EventStore;
}

@Module({})
export class AppModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot()],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        {
          provide: EVENT_STORE,
          useFactory: () => options.eventStore ?? createEventStore(storeSelection(options.config)),
        },
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
