import { AppError } from '@app/errors';
import type { RecommendationCommandType } from './recommendation.commands';
import type { RecommendationStatus } from './recommendation.state';

/** A rule of the domain said no; `code` is stable and its `kind` tells the HTTP edge which status it is. */
export abstract class DomainError extends AppError {}

export class InvalidTransitionError extends DomainError {
  readonly code = 'RECOMMENDATION.INVALID_TRANSITION';
  readonly kind = 'rejected';
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
  readonly kind = 'not_found';
  constructor(readonly recommendationId: string) {
    super(`Recommendation ${recommendationId} does not exist`);
  }
  override details(): Record<string, unknown> {
    return { recommendationId: this.recommendationId };
  }
}

export class DuplicateReferenceError extends DomainError {
  readonly code = 'RECOMMENDATION.DUPLICATE_REFERENCE';
  readonly kind = 'conflict';
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
  readonly kind = 'rejected';
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
  readonly kind = 'rejected';
  constructor(
    readonly field: JustificationField,
    readonly command: RecommendationCommandType,
    readonly alternative?: string,
  ) {
    super(`Command ${command} requires a non-empty ${field}${alternative ? ` (or a ${alternative})` : ''}`);
  }
  override details(): Record<string, unknown> {
    return this.alternative === undefined
      ? { field: this.field, command: this.command }
      : { field: this.field, command: this.command, alternative: this.alternative };
  }
}

/** A decision dated after the day it is recorded: a date in the past (a review session) is what it is for. */
export class EffectiveDateInFutureError extends DomainError {
  readonly code = 'RECOMMENDATION.EFFECTIVE_DATE_IN_FUTURE';
  readonly kind = 'rejected';
  constructor(
    readonly effectiveDate: string,
    readonly today: string,
  ) {
    super(`Effective date ${effectiveDate} is after today (${today}); a decision cannot take effect later`);
  }
  override details(): Record<string, unknown> {
    return { field: 'effectiveDate', effectiveDate: this.effectiveDate, today: this.today };
  }
}

/** A stored stream breaks the lifecycle (an event from a status that never allows it); a server fault, not a user's. */
export class UnexpectedEventError extends DomainError {
  readonly code = 'DOMAIN.UNEXPECTED_EVENT';
  readonly kind = 'internal';
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
  readonly kind = 'rejected';
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
  readonly kind = 'not_found';
  constructor(readonly planId: string) {
    super(`Plan ${planId} does not exist`);
  }
  override details(): Record<string, unknown> {
    return { planId: this.planId };
  }
}

export class PlanAlreadyExistsError extends DomainError {
  readonly code = 'PLAN.ALREADY_EXISTS';
  readonly kind = 'conflict';
  constructor(readonly planId: string) {
    super(`Plan ${planId} is already registered`);
  }
  override details(): Record<string, unknown> {
    return { planId: this.planId };
  }
}

export class InvalidPlanPeriodError extends DomainError {
  readonly code = 'PLAN.INVALID_PERIOD';
  readonly kind = 'rejected';
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
  readonly kind = 'rejected';
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

/** The original text already is in this language; a translation into it would make `?lang=` ambiguous. */
export class TranslationInOriginalLanguageError extends DomainError {
  readonly code = 'RECOMMENDATION.TRANSLATION_IN_ORIGINAL_LANGUAGE';
  readonly kind = 'rejected';
  constructor(readonly language: string) {
    super(`The original text is in ${language}; a translation must be into another language`);
  }
  override details(): Record<string, unknown> {
    return { language: this.language };
  }
}
