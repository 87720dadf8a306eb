import { DomainError } from '../domain.errors';

/** The action's lifecycle table does not allow the command in the action's status. */
export class ActionInvalidTransitionError extends DomainError {
  readonly code = 'ACTION.INVALID_TRANSITION';
  readonly kind = 'rejected';
  constructor(
    readonly status: string,
    readonly command: string,
  ) {
    super(`Command ${command} is not allowed when the action is ${status}`);
  }
  override details(): Record<string, unknown> {
    return { actionStatus: this.status, command: this.command };
  }
}

export class ActionNotFoundError extends DomainError {
  readonly code = 'ACTION.NOT_FOUND';
  readonly kind = 'not_found';
  constructor(readonly actionId: string) {
    super(`Action ${actionId} does not exist`);
  }
  override details(): Record<string, unknown> {
    return { actionId: this.actionId };
  }
}

/** The plan already has an action with this number (ids follow from plan and number). */
export class ActionAlreadyExistsError extends DomainError {
  readonly code = 'ACTION.ALREADY_EXISTS';
  readonly kind = 'conflict';
  constructor(
    readonly actionId: string,
    readonly number: string,
  ) {
    super(`The plan already has action ${number}`);
  }
  override details(): Record<string, unknown> {
    return { actionId: this.actionId, number: this.number };
  }
}

export class ActionJustificationRequiredError extends DomainError {
  readonly code = 'ACTION.JUSTIFICATION_REQUIRED';
  readonly kind = 'rejected';
  constructor(
    readonly field: string,
    readonly command: string,
  ) {
    super(`Command ${command} requires a non-empty ${field}`);
  }
  override details(): Record<string, unknown> {
    return { field: this.field, command: this.command };
  }
}

export class ActionDatesOutOfOrderError extends DomainError {
  readonly code = 'ACTION.DATES_OUT_OF_ORDER';
  readonly kind = 'rejected';
  constructor(
    readonly startDate: string,
    readonly targetDate: string,
  ) {
    super(`The start date ${startDate} is after the target date ${targetDate}`);
  }
  override details(): Record<string, unknown> {
    return { field: 'startDate', startDate: this.startDate, targetDate: this.targetDate };
  }
}

/** Named institutions that the registry does not hold. */
export class InstitutionUnknownError extends DomainError {
  readonly code = 'INSTITUTION.UNKNOWN';
  readonly kind = 'rejected';
  constructor(readonly institutionIds: readonly string[]) {
    super(`Institutions not registered: ${institutionIds.join(', ')}`);
  }
  override details(): Record<string, unknown> {
    return { institutionIds: [...this.institutionIds] };
  }
}

export class LeadAlsoSupportingError extends DomainError {
  readonly code = 'ACTION.LEAD_ALSO_SUPPORTING';
  readonly kind = 'rejected';
  constructor(readonly institutionId: string) {
    super(`The lead institution ${institutionId} cannot also be a supporting one`);
  }
  override details(): Record<string, unknown> {
    return { field: 'supportingInstitutionIds', institutionId: this.institutionId };
  }
}

export class RecommendationsUnknownError extends DomainError {
  readonly code = 'ACTION.UNKNOWN_RECOMMENDATIONS';
  readonly kind = 'rejected';
  constructor(readonly recommendationIds: readonly string[]) {
    super(`No recommendation has these ids: ${recommendationIds.join(', ')}`);
  }
  override details(): Record<string, unknown> {
    return { recommendationIds: [...this.recommendationIds] };
  }
}

export class IndicatorAlreadyDefinedError extends DomainError {
  readonly code = 'ACTION.INDICATOR_EXISTS';
  readonly kind = 'conflict';
  constructor(readonly indicatorId: string) {
    super(`The action already has indicator ${indicatorId}`);
  }
  override details(): Record<string, unknown> {
    return { indicatorId: this.indicatorId };
  }
}

export class IndicatorNotFoundError extends DomainError {
  readonly code = 'ACTION.INDICATOR_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(readonly indicatorId: string) {
    super(`The action has no indicator ${indicatorId}`);
  }
  override details(): Record<string, unknown> {
    return { indicatorId: this.indicatorId };
  }
}

export class InvalidReportingFrequencyError extends DomainError {
  readonly code = 'ACTION.INVALID_FREQUENCY';
  readonly kind = 'rejected';
  constructor(readonly frequencyMonths: number) {
    super(`A reporting frequency is a whole number of months from 1 to 60, not ${frequencyMonths}`);
  }
  override details(): Record<string, unknown> {
    return { field: 'frequencyMonths', frequencyMonths: this.frequencyMonths };
  }
}

export class InstitutionAlreadyExistsError extends DomainError {
  readonly code = 'INSTITUTION.ALREADY_EXISTS';
  readonly kind = 'conflict';
  constructor(readonly institutionId: string) {
    super(`Institution ${institutionId} is already registered`);
  }
  override details(): Record<string, unknown> {
    return { institutionId: this.institutionId };
  }
}

export class InstitutionNotFoundError extends DomainError {
  readonly code = 'INSTITUTION.NOT_FOUND';
  readonly kind = 'not_found';
  constructor(readonly institutionId: string) {
    super(`Institution ${institutionId} is not registered`);
  }
  override details(): Record<string, unknown> {
    return { institutionId: this.institutionId };
  }
}
