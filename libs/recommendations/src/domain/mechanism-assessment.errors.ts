import { DomainError } from './domain.errors';
import type { MechanismScale } from './mechanism-assessment';

/** A grade from another scale (an ODIHR `mostly` given as a treaty body grade). */
export class GradeNotOnScaleError extends DomainError {
  readonly code = 'RECOMMENDATION.GRADE_NOT_ON_SCALE';
  readonly kind = 'rejected';
  constructor(
    readonly scale: MechanismScale,
    readonly grade: string,
    readonly grades: readonly string[],
  ) {
    super(`Grade ${grade} is not on the ${scale} scale`);
  }
  override details(): Record<string, unknown> {
    return { field: 'grade', scale: this.scale, grade: this.grade, grades: this.grades };
  }
}

/** An assessment dated after the day it is recorded. */
export class AssessedOnInFutureError extends DomainError {
  readonly code = 'RECOMMENDATION.ASSESSED_ON_IN_FUTURE';
  readonly kind = 'rejected';
  constructor(
    readonly assessedOn: string,
    readonly today: string,
  ) {
    super(`The assessment date ${assessedOn} is after today (${today})`);
  }
  override details(): Record<string, unknown> {
    return { field: 'assessedOn', assessedOn: this.assessedOn, today: this.today };
  }
}
