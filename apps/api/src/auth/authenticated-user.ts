import type { Role } from '@app/recommendations';
import type { FastifyRequest } from 'fastify';
import type { Session } from './session/session.store';

/** The caller as the guard authenticated it; command handlers record it as the event's actor. */
export interface AuthenticatedUser {
  readonly id: string;
  readonly roles: readonly Role[];
  /** A focal point's institution (users file): every report they see or make is scoped to it. */
  readonly institution?: string;
}

/** The caller as the guard passes it on: the institution only where the users file names one. */
export const authenticatedUser = (user: AuthenticatedUser): AuthenticatedUser => ({
  id: user.id,
  roles: user.roles,
  ...(user.institution === undefined ? {} : { institution: user.institution }),
});

/** `session` is set when the caller signed in to the workspace rather than sending a bearer token. */
export type AuthenticatedRequest = FastifyRequest & { user?: AuthenticatedUser; session?: Session };
