import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { mayRun, rolesFor, type CommandName, type Role } from '@app/recommendations';
import { UserDirectory } from '@app/users';
import type { FastifyReply } from 'fastify';
import { authenticatedUser, type AuthenticatedRequest, type AuthenticatedUser } from './authenticated-user';
import { LIFECYCLE_COMMAND } from './lifecycle-command.decorator';
import { IS_PUBLIC } from './public.decorator';
import { REQUIRED_ROLES } from './roles.decorator';
import { passesCsrfCheck, sessionIdOf } from './session/session-cookie';
import { SessionStore } from './session/session.store';

const BEARER = /^Bearer +([^\s]+) *$/i;

/**
 * Every route needs a known bearer token, or a workspace session (with its CSRF token to change anything), unless
 * `@Public()`; `@LifecycleCommand` and `@Roles` narrow who may.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: UserDirectory,
    private readonly sessions: SessionStore,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const user = this.authenticate(request, http.getResponse<FastifyReply>());
    request.user = user;
    const command = this.reflector.getAllAndOverride<CommandName | undefined>(LIFECYCLE_COMMAND, targets);
    if (command !== undefined && !mayRun(user.roles, command)) {
      throw forbidden(`Only ${rolesFor(command).join(', ')} may run ${command}`);
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles !== undefined && !user.roles.some((role) => role === 'admin' || roles.includes(role))) {
      throw forbidden(`Only ${[...new Set([...roles, 'admin'])].join(', ')} may call this route`);
    }
    return true;
  }

  private authenticate(request: AuthenticatedRequest, reply: FastifyReply): AuthenticatedUser {
    const header = request.headers.authorization;
    const sessionId = sessionIdOf(request);
    if ((header === undefined || header === '') && sessionId !== undefined) {
      return this.fromSession(request, reply, sessionId);
    }
    if (header === undefined || header === '') {
      throw unauthenticated(reply, 'Send Authorization: Bearer <token>');
    }
    const token = BEARER.exec(header)?.[1];
    if (token === undefined) {
      throw unauthenticated(reply, 'The Authorization header must be Bearer <token>');
    }
    const user = this.users.authenticate(token);
    if (!user) throw unauthenticated(reply, 'The bearer token matches no user');
    return authenticatedUser(user);
  }

  private fromSession(
    request: AuthenticatedRequest,
    reply: FastifyReply,
    sessionId: string,
  ): AuthenticatedUser {
    const session = this.sessions.find(sessionId);
    const user = session && this.users.authenticateDigest(session.tokenSha256);
    if (!session || !user || user.id !== session.userId) {
      throw unauthenticated(reply, 'The workspace session has ended: sign in again');
    }
    if (!passesCsrfCheck(request, session)) {
      throw new ForbiddenException({
        code: 'CSRF_TOKEN_INVALID',
        detail: "A change made with the workspace's session cookie must carry its X-CSRF-Token",
      });
    }
    request.session = session;
    return authenticatedUser(user);
  }
}

function unauthenticated(reply: FastifyReply, detail: string): UnauthorizedException {
  // RFC 6750: a 401 tells the client which scheme to use.
  void reply.header('WWW-Authenticate', 'Bearer');
  return new UnauthorizedException({ code: 'UNAUTHENTICATED', detail });
}

const forbidden = (detail: string) => new ForbiddenException({ code: 'FORBIDDEN', detail });
