import { DomainError, RecommendationNotFoundError } from '../domain';

/** Asked for the state at a moment before the recommendation was proposed. */
export class RecommendationNotYetProposedError extends RecommendationNotFoundError {
  constructor(
    recommendationId: string,
    readonly asOf: Date,
  ) {
    super(recommendationId);
    this.message = `Recommendation ${recommendationId} was not yet proposed at ${asOf.toISOString()}`;
  }
  override details(): Record<string, unknown> {
    return { ...super.details(), asOf: this.asOf.toISOString() };
  }
}

/** Asked for a revision the recommendation has not reached. */
export class RevisionNotFoundError extends DomainError {
  readonly code = 'RECOMMENDATION.REVISION_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(
    readonly recommendationId: string,
    readonly revision: bigint,
    readonly lastRevision: bigint,
  ) {
    super(`Recommendation ${recommendationId} has no revision ${revision} (its last is ${lastRevision})`);
  }
  override details(): Record<string, unknown> {
    return {
      recommendationId: this.recommendationId,
      revision: Number(this.revision),
      lastRevision: Number(this.lastRevision),
    };
  }
}

/** Asked to verify a stream that has no events. */
export class AuditStreamNotFoundError extends DomainError {
  readonly code = 'AUDIT.STREAM_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(readonly stream: string) {
    super(`Stream ${stream} has no events`);
  }
  override details(): Record<string, unknown> {
    return { stream: this.stream };
  }
}
