import { DomainError, type RecommendationStatus } from '../domain';

/** The file changes a recommendation that has gone past its proposal: the import does not rewrite a decided one. */
export class AlreadyDecidedError extends DomainError {
  readonly code = 'IMPORT.ROW.ALREADY_DECIDED';
  readonly kind = 'rejected';
  constructor(
    readonly reference: string,
    readonly status: RecommendationStatus,
  ) {
    super(
      `${reference} is ${status}: the file differs from it, and an import changes only proposed recommendations; correct it by hand`,
    );
  }
}

/** Two candidates of one file get the same reference (the same paragraph or id with different texts). */
export class DuplicateInFileError extends DomainError {
  readonly code = 'IMPORT.ROW.DUPLICATE';
  readonly kind = 'rejected';
  constructor(readonly reference: string) {
    super(`Another row of this file is also ${reference} (same paragraph or id, different recommendation)`);
  }
}
