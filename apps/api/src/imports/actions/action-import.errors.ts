import { AppError } from '@app/errors';

/** The CLI's --as user (or a caller) may not create actions: importing a matrix is the secretariat's. */
export class ActionImportNotAllowedError extends AppError {
  readonly code = 'FORBIDDEN';
  readonly kind = 'rejected';
  constructor(actorId: string) {
    super(`${actorId} may not import actions: creating them needs the secretariat or admin role`);
  }
}
