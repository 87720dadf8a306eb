/**
 * What kind of "no" an error is; the HTTP edge turns each kind into one status, so no library knows about HTTP.
 * `invalid`: the request is malformed; `rejected`: well-formed but a rule says no; `throttled`: too many requests;
 * `timeout`: a wait ran out; `unavailable`: a dependency (the store) cannot be reached; `internal`: a fault of ours.
 */
export const APP_ERROR_KINDS = [
  'invalid',
  'not_found',
  'conflict',
  'rejected',
  'throttled',
  'internal',
  'unavailable',
  'timeout',
] as const;
export type AppErrorKind = (typeof APP_ERROR_KINDS)[number];

/** The base of every error the application raises on purpose: a stable `code` and a `kind`. */
export abstract class AppError extends Error {
  abstract readonly code: string;
  abstract readonly kind: AppErrorKind;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }

  /** Machine-readable fields for the problem+json body; never includes the message. */
  details(): Record<string, unknown> {
    return {};
  }
}
