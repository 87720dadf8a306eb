import { AppError } from '@app/errors';

/** Too many requests, or too many failed sign-ins, from one token or address; `Retry-After` says when to come back. */
export class RateLimitedError extends AppError {
  readonly code = 'RATE_LIMITED';
  readonly kind = 'throttled';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; retry in ${retryAfterSeconds} s`);
  }
  override details(): Record<string, unknown> {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}
