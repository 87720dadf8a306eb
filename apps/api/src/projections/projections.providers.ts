import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleDestroy,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ProjectionRuntime, ReadModelDatabase } from '@app/projections';
import {
  CONSISTENCY_TIMEOUT_MS,
  DEFAULT_CONSISTENCY_TIMEOUT_MS,
  READ_MODEL_PROJECTIONS,
  ReadModels,
} from '@app/recommendations';

/** Starts the projections with the API when configured inline, and stops them before the store closes. */
@Injectable()
export class ProjectionsLifecycle implements OnModuleInit, OnModuleDestroy, OnApplicationShutdown {
  constructor(
    private readonly runtime: ProjectionRuntime,
    private readonly db: ReadModelDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.projections === 'inline') this.runtime.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runtime.stop();
  }

  onApplicationShutdown(): void {
    this.db.close();
  }
}

/** The read-model file, the runtime that keeps it current, and what queries read it through. */
export function projectionProviders(consistencyTimeoutMs = DEFAULT_CONSISTENCY_TIMEOUT_MS): Provider[] {
  return [
    {
      provide: ReadModelDatabase,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ReadModelDatabase.inDataDir(config.dataDir),
    },
    {
      provide: ProjectionRuntime,
      inject: [ReadModelDatabase, EVENT_STORE, APP_CONFIG],
      useFactory: (db: ReadModelDatabase, store: EventStore, config: AppConfig) =>
        new ProjectionRuntime({
          db,
          store,
          projections: READ_MODEL_PROJECTIONS,
          batchSize: config.projectionBatchSize,
          logger: new Logger('Projections'),
        }),
    },
    { provide: CONSISTENCY_TIMEOUT_MS, useValue: consistencyTimeoutMs },
    ReadModels,
    ProjectionsLifecycle,
  ];
}
