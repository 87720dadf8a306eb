import { AppError } from '@app/errors';

export class ImportNotFoundError extends AppError {
  readonly code = 'IMPORT.NOT_FOUND';
  readonly kind = 'not_found';
  constructor(readonly importId: string) {
    super(`No import ${importId}`);
  }
}

/** The CLI's --as user (or a caller) may not propose: importing is the secretariat's. */
export class ImportNotAllowedError extends AppError {
  readonly code = 'FORBIDDEN';
  readonly kind = 'rejected';
  constructor(actorId: string) {
    super(`${actorId} may not import: proposing needs the secretariat or admin role`);
  }
}
