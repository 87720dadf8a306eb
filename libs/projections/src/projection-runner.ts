import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStore, Position, RecordedEvent } from '@app/event-store';
import type { ActivityStore } from './activity-store';
import type { CheckpointStore } from './checkpoint-store';
import { EventApplier } from './event-applier';
import type { Projection } from './projection';
import { CheckpointMovedError } from './projection.errors';
import type { ParkedEventStore } from './parked-event-store';
import type { ProjectionState } from './projection-state';
import type { ReadModelDatabase } from './read-model-database';
import { subscriptionBatches } from './subscription-batches';

export interface RunnerDependencies {
  db: ReadModelDatabase;
  store: EventStore;
  checkpoints: CheckpointStore;
  activity: ActivityStore;
  parked: ParkedEventStore;
  batchSize: number;
  retryMs: number;
  onCommit(name: string, position: Position): void;
  logger: RuntimeLogger;
}

export interface RuntimeLogger {
  log(message: string): void;
  error(message: string): void;
}

/** Follows the log for one projection and commits each batch's rows and the checkpoint in one transaction. */
export class ProjectionRunner {
  private state: ProjectionState = 'stopped';
  private lastError: string | undefined;
  private controller: AbortController | undefined;
  private running: Promise<void> | undefined;
  private readonly applier: EventApplier;

  constructor(
    private readonly projection: Projection,
    private readonly deps: RunnerDependencies,
  ) {
    this.applier = new EventApplier(deps.db, projection, deps.parked, 'live');
  }

  get status(): { state: ProjectionState; error?: string } {
    return this.state === 'failed' ? { state: this.state, error: this.lastError } : { state: this.state };
  }

  get active(): boolean {
    return this.running !== undefined;
  }

  start(): void {
    if (this.running) return;
    const controller = new AbortController();
    this.controller = controller;
    this.running = this.loop(controller.signal);
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.controller?.abort();
    await this.running;
    this.running = undefined;
    this.setState('stopped');
  }

  /** Applies every event stored now, then returns the checkpoint; for one-off runs, tests and benchmarks. */
  async catchUp(signal?: AbortSignal): Promise<Position> {
    const controller = new AbortController();
    const abort = (): void => controller.abort();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      for (;;) {
        try {
          return await this.follow(controller.signal, true);
        } catch (error) {
          if (!(error instanceof CheckpointMovedError)) throw error;
        }
      }
    } finally {
      signal?.removeEventListener('abort', abort);
      controller.abort();
    }
  }

  private async loop(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        this.setState('catching-up');
        await this.follow(signal, false);
      } catch (error) {
        if (signal.aborted) break;
        if (error instanceof CheckpointMovedError) {
          this.deps.logger.log(error.message);
          continue;
        }
        this.lastError = error instanceof Error ? error.message : String(error);
        this.setState('failed', this.lastError);
        this.deps.logger.error(`Projection ${this.projection.name} failed: ${this.lastError}`);
        await sleep(this.deps.retryMs, undefined, { signal }).catch(() => undefined);
      }
    }
  }

  private async follow(outer: AbortSignal, untilCaughtUp: boolean): Promise<Position> {
    const controller = new AbortController();
    const abort = (): void => controller.abort();
    outer.addEventListener('abort', abort, { once: true });
    let checkpoint = this.deps.checkpoints.position(this.projection.name);
    try {
      const batches = subscriptionBatches(
        this.deps.store,
        checkpoint,
        this.deps.batchSize,
        controller.signal,
      );
      for await (const batch of batches) {
        checkpoint = this.commit(batch.events, checkpoint, batch.through);
        if (batch.kind !== 'caught-up') continue;
        if (untilCaughtUp) return checkpoint;
        this.setState('running');
      }
      if (!outer.aborted) throw new Error('The subscription to the log ended');
      return checkpoint;
    } finally {
      outer.removeEventListener('abort', abort);
      controller.abort();
    }
  }

  /** The checkpoint must still be the one this batch follows; otherwise someone else moved it and we re-read. */
  private commit(events: readonly RecordedEvent[], expected: Position, through: Position): Position {
    if (through <= expected) return expected;
    const { name, version } = this.projection;
    // Parked events and the checkpoint move commit together: none is lost, none applied twice.
    this.deps.db.write(() => {
      const actual = this.deps.checkpoints.position(name);
      if (actual !== expected) throw new CheckpointMovedError(name, expected, actual);
      this.applier.applyAll(events);
      this.deps.checkpoints.set(name, { position: through, version });
    });
    this.deps.onCommit(name, through);
    return through;
  }

  /** Re-records the current state so other processes see this runner is alive. */
  heartbeat(): void {
    if (this.running)
      this.deps.activity.record(this.projection.name, 'runner', this.state, this.lastError ?? null);
  }

  private setState(state: ProjectionState, detail: string | null = null): void {
    if (state !== 'failed') this.lastError = undefined;
    const changed = state !== this.state;
    this.state = state;
    this.deps.activity.record(this.projection.name, 'runner', state, detail);
    if (changed) this.deps.logger.log(`Projection ${this.projection.name}: ${state}`);
  }
}
