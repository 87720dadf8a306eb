import { DomainError } from '../domain';

/** Two candidates of one file get the same reference (the same paragraph or id with different texts). */
export class DuplicateInFileError extends DomainError {
  readonly code = 'IMPORT.ROW.DUPLICATE';
  readonly kind = 'rejected';
  constructor(readonly reference: string) {
    super(`Another row of this file is also ${reference} (same paragraph or id, different recommendation)`);
  }
}
