import {
  ErrorType,
  MaxAppendSizeExceededError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
  isCommandError,
} from '@eventstore/db-client';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { InvalidAppendError, WrongExpectedVersionError } from '../event-store.errors';
import type { ExpectedRevision } from '../event-store.port';

const CONNECTION_ERRORS: ReadonlySet<string> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.CANCELLED,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
]);

// A connection reset in the middle of an HTTP/2 frame surfaces as INTERNAL rather than UNAVAILABLE.
const RAW_CONNECTION_CODES: ReadonlySet<number> = new Set([
  GrpcStatus.UNAVAILABLE,
  GrpcStatus.INTERNAL,
  GrpcStatus.DEADLINE_EXCEEDED,
]);

/** True for the errors a new connection can cure: a dropped or refused connection, a leader change, a timeout. */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // The client reports a failed cluster discovery as a plain Error; the cluster may be back a moment later.
  if (error.message.startsWith('Failed to discover')) return true;
  if (isCommandError(error) && CONNECTION_ERRORS.has(error.type)) return true;
  // Some calls (the server-features query made at connect) reject with the raw gRPC error instead.
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' && RAW_CONNECTION_CODES.has(code);
}

/** Translates the client's append failures into the port's errors; anything else is rethrown as it is. */
export function toPortAppendError(error: unknown, stream: string, expected: ExpectedRevision): unknown {
  if (error instanceof ClientWrongExpectedVersionError) {
    return new WrongExpectedVersionError(stream, expected, error.actualVersion);
  }
  if (error instanceof MaxAppendSizeExceededError) {
    return new InvalidAppendError(
      `The append is larger than the server accepts (${error.maxAppendSize} bytes; raise EVENTSTORE_MAX_APPEND_SIZE)`,
    );
  }
  return error;
}
