import type { Role } from '@app/recommendations';
import type { FastifyRequest } from 'fastify';

/** The caller as the guard authenticated it; command handlers record it as the event's actor. */
export interface AuthenticatedUser {
  readonly id: string;
  readonly roles: readonly Role[];
}

export type AuthenticatedRequest = FastifyRequest & { user?: AuthenticatedUser };
