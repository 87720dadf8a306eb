import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { ProjectionRuntime, type ProjectionStatus } from '@app/projections';
import { MetricsRegistry } from './metrics.registry';

/** Projection position and lag, read from the runtime when Prometheus scrapes (one status read per scrape). */
@Injectable()
export class ProjectionMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly runtime: ProjectionRuntime,
  ) {}

  onModuleInit(): void {
    let latest: Promise<ProjectionStatus[]> | undefined;
    // The gauges share one status read per scrape.
    const statuses = (): Promise<ProjectionStatus[]> => {
      latest ??= this.runtime.status().finally(() => setImmediate(() => (latest = undefined)));
      return latest;
    };
    const gauge = (name: string, help: string, value: (status: ProjectionStatus) => number): void => {
      new Gauge({
        name,
        help,
        labelNames: ['projection'] as const,
        registers: [this.metrics.registry],
        async collect() {
          for (const status of await statuses()) this.set({ projection: status.name }, value(status));
        },
      });
    };
    gauge('projection_position', 'Last log position the projection has applied', (s) => Number(s.position));
    gauge(
      'projection_lag_events',
      'Events in the log the projection has not applied yet',
      (s) => s.lagEvents,
    );
    gauge(
      'projection_lag_seconds',
      'How far behind the newest event the projection is, in seconds',
      (s) => s.lagSeconds,
    );
    gauge(
      'projection_parked_events',
      'Events the projection could not apply, parked until a retry applies them',
      (s) => s.parked,
    );
  }
}
