import type { Role } from '@app/recommendations';
import type { FastifyRequest } from 'fastify';
import type { Session } from './session/session.store';

/** The caller as the guard authenticated it; command handlers record it as the event's actor. */
export interface AuthenticatedUser {
  readonly id: string;
  readonly roles: readonly Role[];
}

/** `session` is set when the caller signed in to the workspace rather than sending a bearer token. */
export type AuthenticatedRequest = FastifyRequest & { user?: AuthenticatedUser; session?: Session };
