import type { RecommendationCommandType } from './recommendation.commands';
import type { RecommendationStatus } from './recommendation.state';

/** A rule of the domain said no; `code` is stable and the HTTP edge maps it to a status. */
export abstract class DomainError extends Error {
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }

  /** Machine-readable fields for the problem+json body; never includes the message. */
  details(): Record<string, unknown> {
    return {};
  }
}

export class InvalidTransitionError extends DomainError {
  readonly code = 'RECOMMENDATION.INVALID_TRANSITION';
  constructor(
    readonly status: RecommendationStatus,
    readonly command: RecommendationCommandType,
  ) {
    super(`Command ${command} is not allowed when the recommendation is ${status}`);
  }
  override details(): Record<string, unknown> {
    return { recommendationStatus: this.status, command: this.command };
  }
}

export class RecommendationNotFoundError extends DomainError {
  readonly code = 'RECOMMENDATION.NOT_FOUND';
  constructor(readonly recommendationId: string) {
    super(`Recommendation ${recommendationId} does not exist`);
  }
  override details(): Record<string, unknown> {
    return { recommendationId: this.recommendationId };
  }
}

export class DuplicateReferenceError extends DomainError {
  readonly code = 'RECOMMENDATION.DUPLICATE_REFERENCE';
  constructor(
    readonly reference: string,
    readonly existingRecommendationId?: string,
  ) {
    super(`Reference ${reference} is already used by another recommendation`);
  }
  override details(): Record<string, unknown> {
    return this.existingRecommendationId === undefined
      ? { reference: this.reference }
      : { reference: this.reference, existingRecommendationId: this.existingRecommendationId };
  }
}

export class PositionNotSupportedError extends DomainError {
  readonly code = 'RECOMMENDATION.POSITION_NOT_SUPPORTED';
  constructor(readonly position: string) {
    super(
      `Only a supported or partially supported recommendation can be reflected in a plan (it is ${position})`,
    );
  }
  override details(): Record<string, unknown> {
    return { position: this.position };
  }
}

export type JustificationField = 'rationale' | 'reason' | 'assessment';

export class RationaleRequiredError extends DomainError {
  readonly code = 'RECOMMENDATION.RATIONALE_REQUIRED';
  constructor(
    readonly field: JustificationField,
    readonly command: RecommendationCommandType,
  ) {
    super(`Command ${command} requires a non-empty ${field}`);
  }
  override details(): Record<string, unknown> {
    return { field: this.field, command: this.command };
  }
}

/** A stored stream breaks the lifecycle (an event from a status that never allows it); a server fault, not a user's. */
export class UnexpectedEventError extends DomainError {
  readonly code = 'DOMAIN.UNEXPECTED_EVENT';
  constructor(
    readonly status: string,
    readonly eventType: string,
  ) {
    super(`Event ${eventType} cannot apply to a stream whose state is ${status}`);
  }
  override details(): Record<string, unknown> {
    return { status: this.status, eventType: this.eventType };
  }
}

/** A plan named in a command body does not exist. */
export class PlanUnknownError extends DomainError {
  readonly code = 'PLAN.UNKNOWN';
  constructor(readonly planId: string) {
    super(`Plan ${planId} does not exist`);
  }
  override details(): Record<string, unknown> {
    return { planId: this.planId };
  }
}

/** A plan named in the path does not exist. */
export class PlanNotFoundError extends DomainError {
  readonly code = 'PLAN.NOT_FOUND';
  constructor(readonly planId: string) {
    super(`Plan ${planId} does not exist`);
  }
  override details(): Record<string, unknown> {
    return { planId: this.planId };
  }
}

export class PlanAlreadyExistsError extends DomainError {
  readonly code = 'PLAN.ALREADY_EXISTS';
  constructor(readonly planId: string) {
    super(`Plan ${planId} is already registered`);
  }
  override details(): Record<string, unknown> {
    return { planId: this.planId };
  }
}

export class InvalidPlanPeriodError extends DomainError {
  readonly code = 'PLAN.INVALID_PERIOD';
  constructor(
    readonly periodStart: string,
    readonly periodEnd: string,
  ) {
    super(`A plan period cannot end (${periodEnd}) before it starts (${periodStart})`);
  }
  override details(): Record<string, unknown> {
    return { periodStart: this.periodStart, periodEnd: this.periodEnd };
  }
}

export class TargetOutsidePeriodError extends DomainError {
  readonly code = 'PLAN.TARGET_OUTSIDE_PERIOD';
  constructor(
    readonly planId: string,
    readonly targetDate: string,
    readonly periodStart: string,
    readonly periodEnd: string,
  ) {
    super(`Target date ${targetDate} is outside plan ${planId} (${periodStart} to ${periodEnd})`);
  }
  override details(): Record<string, unknown> {
    return {
      planId: this.planId,
      targetDate: this.targetDate,
      periodStart: this.periodStart,
      periodEnd: this.periodEnd,
    };
  }
}
