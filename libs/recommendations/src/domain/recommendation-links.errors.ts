import { DomainError } from './domain.errors';
import type { LinkKind } from './recommendation-links';

/** A recommendation cannot be its own duplicate, predecessor or relative. */
export class LinkToItselfError extends DomainError {
  readonly code = 'RECOMMENDATION.LINK_TO_ITSELF';
  readonly kind = 'rejected';
  constructor(readonly recommendationId: string) {
    super(`Recommendation ${recommendationId} cannot be linked to itself`);
  }
  override details(): Record<string, unknown> {
    return { field: 'recommendationId', recommendationId: this.recommendationId };
  }
}

/** The other recommendation named in the body does not exist. */
export class LinkTargetUnknownError extends DomainError {
  readonly code = 'RECOMMENDATION.LINK_TARGET_UNKNOWN';
  readonly kind = 'rejected';
  constructor(readonly recommendationId: string) {
    super(`Recommendation ${recommendationId} does not exist`);
  }
  override details(): Record<string, unknown> {
    return { field: 'recommendationId', recommendationId: this.recommendationId };
  }
}

/** The link exists already, declared by this recommendation or (the same link read back) by the other. */
export class LinkExistsError extends DomainError {
  readonly code = 'RECOMMENDATION.LINK_EXISTS';
  readonly kind = 'conflict';
  constructor(
    readonly linkKind: LinkKind,
    readonly otherRecommendationId: string,
    readonly declaredBy: string,
  ) {
    super(`A ${linkKind} link with ${otherRecommendationId} exists already`);
  }
  override details(): Record<string, unknown> {
    return {
      linkKind: this.linkKind,
      recommendationId: this.otherRecommendationId,
      declaredBy: this.declaredBy,
    };
  }
}

/** Unlinking what this recommendation never declared. */
export class LinkNotFoundError extends DomainError {
  readonly code = 'RECOMMENDATION.LINK_NOT_FOUND';
  readonly kind = 'rejected';
  constructor(
    readonly linkKind: LinkKind,
    readonly otherRecommendationId: string,
  ) {
    super(`This recommendation declares no ${linkKind} link with ${otherRecommendationId}`);
  }
  override details(): Record<string, unknown> {
    return { linkKind: this.linkKind, recommendationId: this.otherRecommendationId };
  }
}
