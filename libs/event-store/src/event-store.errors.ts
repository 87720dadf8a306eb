import type { ExpectedRevision } from './event-store.port';

export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** The stream was not at the revision the writer expected; nothing was appended. */
export class WrongExpectedVersionError extends EventStoreError {
  readonly code = 'EVENT_STORE.WRONG_EXPECTED_VERSION';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${stream} expected at ${String(expected)} but is at ${String(actual)}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/** A stream name, event type, id or payload the store refuses; nothing was appended. */
export class InvalidAppendError extends EventStoreError {
  readonly code = 'EVENT_STORE.INVALID_APPEND';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAppendError';
  }
}

export class StoreClosedError extends EventStoreError {
  readonly code = 'EVENT_STORE.CLOSED';
  constructor() {
    super('The event store is closed');
    this.name = 'StoreClosedError';
  }
}
