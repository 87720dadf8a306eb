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
  readModelRuntime,
  ReadModels,
  UPCASTERS,
  type UpcasterRegistry,
} from '@app/recommendations';
import { ProjectionThread } from './projection-thread';

/** The module the projection thread loads its upcasters from; undefined for the production ones. */
export const UPCASTERS_MODULE = Symbol('UPCASTERS_MODULE');

/**
 * Starts the projections on their own thread when configured inline, and stops them before the store closes. This
 * thread's runtime only reads checkpoints, waits for positions and runs rebuilds asked for over HTTP.
 */
@Injectable()
export class ProjectionsLifecycle implements OnModuleInit, OnModuleDestroy, OnApplicationShutdown {
  private readonly thread: ProjectionThread;

  constructor(
    private readonly runtime: ProjectionRuntime,
    private readonly db: ReadModelDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(UPCASTERS_MODULE) upcastersModule: string | undefined,
  ) {
    this.thread = new ProjectionThread(config, runtime, new Logger('Projections'), upcastersModule);
  }

  async onModuleInit(): Promise<void> {
    if (this.config.projections === 'inline') await this.thread.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.thread.stop();
    await this.runtime.stop();
  }

  onApplicationShutdown(): void {
    this.db.close();
  }
}

/** The read-model file, the runtime that keeps it current, and what queries read it through. */
export function projectionProviders({
  consistencyTimeoutMs = DEFAULT_CONSISTENCY_TIMEOUT_MS,
  upcastersModule,
}: {
  consistencyTimeoutMs?: number;
  upcastersModule?: string;
}): Provider[] {
  return [
    {
      provide: ReadModelDatabase,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ReadModelDatabase.inDataDir(config.dataDir),
    },
    {
      provide: ProjectionRuntime,
      inject: [ReadModelDatabase, EVENT_STORE, APP_CONFIG, UPCASTERS],
      useFactory: (
        db: ReadModelDatabase,
        store: EventStore,
        config: AppConfig,
        upcasters: UpcasterRegistry,
      ) =>
        readModelRuntime({
          db,
          store,
          upcasters,
          batchSize: config.projectionBatchSize,
          logger: new Logger('Projections'),
        }),
    },
    { provide: CONSISTENCY_TIMEOUT_MS, useValue: consistencyTimeoutMs },
    { provide: UPCASTERS_MODULE, useValue: upcastersModule },
    ReadModels,
    ProjectionsLifecycle,
  ];
}
