import type { ValidationError } from 'class-validator';
import { NOT_NULL } from './optional.decorator';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A request the API refuses before running anything: bad JSON, unknown or missing fields, limits. */
export class RequestValidationError extends Error {
  readonly code = 'VALIDATION_FAILED';
  constructor(
    readonly errors: FieldProblem[],
    detail = errors.map((e) => e.message).join('; '),
  ) {
    super(detail);
    this.name = 'RequestValidationError';
  }

  static fromClassValidator(errors: ValidationError[]): RequestValidationError {
    return new RequestValidationError(flatten(errors));
  }
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(ownConstraints(error)).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** A `null` breaks every rule of its field; saying it is null is the one message that helps. */
function ownConstraints(error: ValidationError): Record<string, string> {
  const constraints = error.constraints ?? {};
  return constraints[NOT_NULL] ? { [NOT_NULL]: constraints[NOT_NULL] } : constraints;
}
