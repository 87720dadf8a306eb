import type { ValidationError } from 'class-validator';
import { AppError } from '@app/errors';
import { NOT_NULL } from './optional.decorator';

export interface FieldProblem {
  field: string;
  message: string;
}

/** Enough to fix a request; a longer list only makes the answer as large as the abuse that caused it. */
export const MAX_LISTED_PROBLEMS = 20;

/** A request the API refuses before running anything: bad JSON, unknown or missing fields, limits. */
export class RequestValidationError extends AppError {
  readonly code = 'VALIDATION_FAILED';
  readonly kind = 'invalid';
  readonly errors: FieldProblem[];
  readonly errorsOmitted: number;

  constructor(problems: FieldProblem[], detail?: string) {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
    const omitted = problems.length - listed.length;
    super(detail ?? describe(listed, omitted));
    this.name = 'RequestValidationError';
    this.errors = listed;
    this.errorsOmitted = omitted;
  }

  static fromClassValidator(errors: ValidationError[]): RequestValidationError {
    return new RequestValidationError(flatten(errors));
  }

  /** The problem's extension members: `errors`, and `errorsOmitted` when the list was cut. */
  override details(): Record<string, unknown> {
    return this.errorsOmitted > 0
      ? { errors: this.errors, errorsOmitted: this.errorsOmitted }
      : { errors: this.errors };
  }
}

function describe(listed: FieldProblem[], omitted: number): string {
  const messages = listed.map((e) => e.message).join('; ');
  return omitted > 0 ? `${messages}; and ${omitted} more` : messages;
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
