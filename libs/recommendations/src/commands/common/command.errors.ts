import { DomainError } from '../../domain';

/** The stream moved on since the caller read it (If-Match), or retries against concurrent writers ran out. */
export class ConcurrencyConflictError extends DomainError {
  readonly code = 'CONCURRENCY_CONFLICT';
  readonly kind = 'conflict';
  constructor(
    readonly stream: string,
    readonly expectedRevision: bigint | undefined,
    readonly actualRevision: bigint | undefined,
  ) {
    super(
      `The record was changed by someone else (expected revision ${String(expectedRevision)}, now ${String(actualRevision)})`,
    );
  }
  override details(): Record<string, unknown> {
    return {
      expectedRevision: this.expectedRevision === undefined ? null : Number(this.expectedRevision),
      actualRevision: this.actualRevision === undefined ? null : Number(this.actualRevision),
    };
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  readonly kind = 'rejected';
  constructor(readonly idempotencyKey: string) {
    super(`Idempotency-Key ${idempotencyKey} was already used for a different request`);
  }
  override details(): Record<string, unknown> {
    return { idempotencyKey: this.idempotencyKey };
  }
}
