import { AppError } from '@app/errors';
import type { ExpectedRevision } from './event-store.port';

/** A store error with a stable code; its `kind` tells the HTTP edge which status it is. */
export abstract class EventStoreError extends AppError {}

/** The stream was not at the revision the writer expected; nothing was appended. */
export class WrongExpectedVersionError extends EventStoreError {
  readonly code = 'EVENT_STORE.WRONG_EXPECTED_VERSION';
  readonly kind = 'conflict';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${stream} expected at ${String(expected)} but is at ${String(actual)}`);
  }
}

/** A stream name, event type, id or payload the store refuses; nothing was appended. */
export class InvalidAppendError extends EventStoreError {
  readonly code = 'EVENT_STORE.INVALID_APPEND';
  readonly kind = 'invalid';
}

/** The store cannot be reached (a dropped connection, a locked or failing disk); the request may be retried. */
export class StoreUnavailableError extends EventStoreError {
  readonly code = 'STORE_UNAVAILABLE';
  readonly kind = 'unavailable';
}

/** This process closed its store (shutting down); callers see the same outage as an unreachable store. */
export class StoreClosedError extends EventStoreError {
  readonly code = 'STORE_UNAVAILABLE';
  readonly kind = 'unavailable';
  constructor() {
    super('The event store is closed');
  }
}
