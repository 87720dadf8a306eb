import type { ValidationError } from 'class-validator';
import { AppError } from '@app/errors';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A request the API refuses before running anything: bad JSON, unknown or missing fields, limits. */
export class RequestValidationError extends AppError {
  readonly code = 'VALIDATION_FAILED';
  readonly kind = 'invalid';
  constructor(
    readonly errors: FieldProblem[],
    detail = errors.map((e) => e.message).join('; '),
  ) {
    super(detail);
  }

  override details(): Record<string, unknown> {
    return { errors: this.errors };
  }

  static fromClassValidator(errors: ValidationError[]): RequestValidationError {
    return new RequestValidationError(flatten(errors));
  }
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
