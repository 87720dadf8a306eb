import type { EventStore, Position } from '@app/event-store';
import { ActivityStore } from './activity-store';
import { CheckpointStore } from './checkpoint-store';
import type { Projection } from './projection';
import {
  PositionBeyondLogError,
  ProjectionBehindError,
  ProjectionNotFoundError,
  RebuildInProgressError,
} from './projection.errors';
import { ParkedEventStore } from './parked-event-store';
import { retryParked, type RetryResult } from './parked-retry';
import { lagBehind } from './projection-lag';
import { rebuildProjection, type RebuildOptions } from './projection-rebuilder';
import { ProjectionRunner, type RuntimeLogger } from './projection-runner';
import type { ProjectionState, ProjectionStatus, RebuildResult } from './projection-state';
import { ProjectionTables } from './projection-tables';
import type { ReadModelDatabase } from './read-model-database';

export interface ProjectionRuntimeOptions {
  db: ReadModelDatabase;
  store: EventStore;
  projections: readonly Projection[];
  /** Events applied per transaction, live and while rebuilding. */
  batchSize?: number;
  heartbeatMs?: number;
  retryMs?: number;
  /** For lag and heartbeats only; projections take their time from the events. */
  wallClock?: () => Date;
  logger?: RuntimeLogger;
}

const POLL_MS = 25;
const quiet: RuntimeLogger = { log: () => undefined, error: () => undefined };

/** Runs a set of projections over one read-model database: follows, rebuilds, reports, and waits for positions. */
export class ProjectionRuntime {
  readonly checkpoints: CheckpointStore;
  private readonly activity: ActivityStore;
  private readonly parked: ParkedEventStore;
  private readonly tables: ProjectionTables;
  private readonly runners = new Map<string, ProjectionRunner>();
  private readonly rebuilds = new Map<string, { done: Promise<unknown>; abort: AbortController }>();
  private readonly commitListeners = new Set<() => void>();
  private readonly wallClock: () => Date;
  private readonly batchSize: number;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(private readonly options: ProjectionRuntimeOptions) {
    const { db, store } = options;
    this.wallClock = options.wallClock ?? (() => new Date());
    this.batchSize = options.batchSize ?? 500;
    const heartbeatMs = options.heartbeatMs ?? 5000;
    this.checkpoints = new CheckpointStore(db);
    this.activity = new ActivityStore(db, this.wallClock, heartbeatMs * 3);
    this.parked = new ParkedEventStore(db, this.wallClock);
    this.tables = new ProjectionTables(db, this.checkpoints);
    const logger = options.logger ?? quiet;
    for (const projection of options.projections) {
      if (db.write(() => this.ensureLive(projection))) logger.log(`Projection ${projection.name}: created`);
      const runner = new ProjectionRunner(projection, {
        db,
        store,
        checkpoints: this.checkpoints,
        activity: this.activity,
        parked: this.parked,
        batchSize: this.batchSize,
        retryMs: options.retryMs ?? 2000,
        onCommit: () => this.notifyCommit(),
        logger,
      });
      this.runners.set(projection.name, runner);
    }
  }

  get names(): string[] {
    return [...this.runners.keys()];
  }

  /** Follows the log in the background until `stop`. */
  start(): void {
    for (const runner of this.runners.values()) runner.start();
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => this.beat(), this.options.heartbeatMs ?? 5000);
    this.heartbeat.unref();
  }

  async stop(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    for (const rebuild of this.rebuilds.values()) rebuild.abort.abort();
    await Promise.allSettled([...this.rebuilds.values()].map((rebuild) => rebuild.done));
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
  }

  /** Applies everything stored now to every projection (or one), without following; returns the checkpoints. */
  async catchUp(name?: string): Promise<Position[]> {
    const names = name === undefined ? this.names : [this.projection(name).name];
    return Promise.all(names.map((n) => (this.runners.get(n) as ProjectionRunner).catchUp()));
  }

  position(name: string): Position {
    return this.checkpoints.position(this.projection(name).name);
  }

  /** Resolves true once the projection has applied `position` (from any process), false after `timeoutMs`. */
  async waitFor(name: string, position: Position, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.position(name) >= position) return true;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      await this.nextCommitOr(Math.min(remaining, POLL_MS));
    }
  }

  /** Read-your-writes: throws PROJECTION_BEHIND when a projection has not reached `position` in time. */
  async ensureAt(names: readonly string[], position: Position, timeoutMs: number): Promise<void> {
    // Checked only when a wait is needed: a position every projection has reached needs no trip to the store.
    if (names.some((name) => this.position(name) < position)) {
      const head = await this.options.store.headPosition();
      if (position > head) throw new PositionBeyondLogError(position, head);
    }
    for (const name of names) {
      if (!(await this.waitFor(name, position, timeoutMs))) {
        throw new ProjectionBehindError(name, position, this.position(name));
      }
    }
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.options.store.headPosition();
    const now = this.wallClock();
    return Promise.all(
      this.names.map(async (name) => {
        const position = this.position(name);
        const lag = await lagBehind(this.options.store, position, head, now);
        const parkedEvents = this.parked.list(name);
        return { name, position, ...lag, ...this.stateOf(name), parked: parkedEvents.length, parkedEvents };
      }),
    );
  }

  /** Rebuilds into shadow tables and swaps; refuses (409) while another rebuild of it runs anywhere. */
  rebuild(name: string, options: RebuildOptions = {}): Promise<RebuildResult> {
    const projection = this.projection(name);
    this.claimRebuild(name);
    const abort = new AbortController();
    options.signal?.addEventListener('abort', () => abort.abort(), { once: true });
    const done = rebuildProjection(
      projection,
      {
        db: this.options.db,
        store: this.options.store,
        checkpoints: this.checkpoints,
        tables: this.tables,
        parked: this.parked,
        batchSize: this.batchSize,
        onCommit: () => this.notifyCommit(),
      },
      { signal: abort.signal, onProgress: options.onProgress },
    ).finally(() => {
      this.rebuilds.delete(name);
      if (this.options.db.connection.open) this.activity.record(name, 'rebuild', 'stopped');
    });
    this.rebuilds.set(name, { done: done.catch(() => undefined), abort });
    return done;
  }

  /** Re-applies the projection's parked events; refused (409) while it is being rebuilt, as the swap replaces them. */
  async retry(name: string): Promise<RetryResult> {
    const projection = this.projection(name);
    const rebuilding = this.activity.live(name, 'rebuild');
    if (this.rebuilds.has(name) || rebuilding?.state === 'rebuilding') {
      throw new RebuildInProgressError(name, rebuilding?.process ?? this.activity.process);
    }
    const result = await retryParked(projection, {
      db: this.options.db,
      store: this.options.store,
      parked: this.parked,
    });
    this.notifyCommit();
    return result;
  }

  /** A projection built by another version starts over from 0, and so does its list of parked events. */
  private ensureLive(projection: Projection): boolean {
    const created = this.tables.ensureLive(projection);
    if (created) this.parked.clear(projection.name, 'live');
    return created;
  }

  private claimRebuild(name: string): void {
    this.options.db.write(() => {
      const other = this.activity.live(name, 'rebuild');
      if (
        this.rebuilds.has(name) ||
        (other?.state === 'rebuilding' && other.process !== this.activity.process)
      ) {
        throw new RebuildInProgressError(name, other?.process ?? this.activity.process);
      }
      this.activity.record(name, 'rebuild', 'rebuilding');
    });
  }

  private stateOf(name: string): { state: ProjectionState; error?: string } {
    if (this.rebuilds.has(name) || this.activity.live(name, 'rebuild')?.state === 'rebuilding') {
      return { state: 'rebuilding' };
    }
    const runner = this.runners.get(name) as ProjectionRunner;
    if (runner.active) return runner.status;
    const elsewhere = this.activity.live(name, 'runner');
    if (!elsewhere) return { state: 'stopped' };
    return elsewhere.state === 'failed'
      ? { state: 'failed', error: elsewhere.detail ?? undefined }
      : { state: elsewhere.state };
  }

  private projection(name: string): Projection {
    const projection = this.options.projections.find((p) => p.name === name);
    if (!projection) throw new ProjectionNotFoundError(name);
    return projection;
  }

  private beat(): void {
    for (const runner of this.runners.values()) runner.heartbeat();
    for (const name of this.rebuilds.keys()) this.activity.record(name, 'rebuild', 'rebuilding');
  }

  /** Wakes whoever waits for a position; also called when a runner in another thread reports a commit. */
  notifyCommit(): void {
    for (const listener of [...this.commitListeners]) listener();
  }

  /** Calls `listener` after every commit of this runtime's runners and rebuilds, until the returned stop. */
  onCommit(listener: () => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  private nextCommitOr(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.commitListeners.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.commitListeners.add(done);
    });
  }
}
