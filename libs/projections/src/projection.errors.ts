import { AppError } from '@app/errors';

/** A projection runtime error with a stable code; its `kind` tells the HTTP edge which status it is. */
export abstract class ProjectionError extends AppError {}

export class ProjectionNotFoundError extends ProjectionError {
  readonly code = 'PROJECTION.NOT_FOUND';
  readonly kind = 'not_found';
  constructor(readonly projection: string) {
    super(`There is no projection named ${projection}`);
  }
  override details(): Record<string, unknown> {
    return { projection: this.projection };
  }
}

export class RebuildInProgressError extends ProjectionError {
  readonly code = 'PROJECTION.REBUILD_IN_PROGRESS';
  readonly kind = 'conflict';
  constructor(
    readonly projection: string,
    readonly process: string,
  ) {
    super(`Projection ${projection} is already being rebuilt (by ${process})`);
  }
  override details(): Record<string, unknown> {
    return { projection: this.projection };
  }
}

/** A reader asked to wait for a position no write has reached yet: no wait could ever end but in a timeout. */
export class PositionBeyondLogError extends ProjectionError {
  readonly code = 'PROJECTION.POSITION_BEYOND_LOG';
  readonly kind = 'invalid';
  constructor(
    readonly requested: bigint,
    readonly head: bigint,
  ) {
    super(
      `consistentWith ${requested} is beyond the end of the log (${head}); pass the position a command answered`,
    );
  }
  override details(): Record<string, unknown> {
    return {
      errors: [{ field: 'consistentWith', message: `must not be beyond the end of the log (${this.head})` }],
      requested: this.requested.toString(),
      head: this.head.toString(),
    };
  }
}

/** The read models did not reach the position a reader asked for in time. */
export class ProjectionBehindError extends ProjectionError {
  readonly code = 'PROJECTION_BEHIND';
  readonly kind = 'timeout';
  constructor(
    readonly projection: string,
    readonly requested: bigint,
    readonly reached: bigint,
  ) {
    super(`Projection ${projection} is at ${reached}, not yet at ${requested}; retry later`);
  }
  override details(): Record<string, unknown> {
    return {
      projection: this.projection,
      requested: this.requested.toString(),
      position: this.reached.toString(),
    };
  }
}

/** Another writer (a rebuild's swap, another projector) moved the checkpoint; the runner re-reads it. */
export class CheckpointMovedError extends ProjectionError {
  readonly code = 'PROJECTION.CHECKPOINT_MOVED';
  readonly kind = 'conflict';
  constructor(
    readonly projection: string,
    readonly expected: bigint,
    readonly actual: bigint,
  ) {
    super(`Checkpoint of ${projection} moved from ${expected} to ${actual} under this runner`);
  }
}
