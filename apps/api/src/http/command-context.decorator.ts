import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID, createHash } from 'node:crypto';
import { canonicalJson } from '@app/event-store';
import { ROLES, mayRun, type CommandContext, type CommandName, type Role } from '@app/recommendations';
import type { AuthenticatedRequest } from '../auth';

const MAX_IDEMPOTENCY_KEY = 200;
const MAX_CORRELATION_ID = 200;

/** The role the command runs under: the caller's most specific role allowed to run it (admin last). */
export function actingRole(roles: readonly Role[], command: CommandName): Role {
  const ordered = [...roles].sort((a, b) => Number(a === 'admin') - Number(b === 'admin'));
  return ordered.find((role) => mayRun([role], command)) ?? ordered[0] ?? ROLES[0];
}

function header(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** If-Match: "<revision>" (quotes optional); anything else is a 400 naming the header. */
export function parseIfMatch(value: string | undefined): bigint | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,18})"?\s*$/.exec(value);
  if (!match) {
    throw new BadRequestException({
      code: 'VALIDATION_FAILED',
      detail: 'If-Match must be a revision, like "3"',
      errors: [{ field: 'If-Match', message: 'must be a quoted revision number' }],
    });
  }
  return BigInt(match[1]);
}

function limitedHeader(request: AuthenticatedRequest, name: string, max: number): string | undefined {
  const value = header(request, name)?.trim();
  if (value === undefined || value === '') return undefined;
  if (value.length > max) {
    throw new BadRequestException({
      code: 'VALIDATION_FAILED',
      detail: `${name} is over ${max} characters`,
      errors: [{ field: name, message: `must be at most ${max} characters` }],
    });
  }
  return value;
}

/** The URL without its query string, as the request hash has always named it. */
const pathOf = (url: string): string => url.split('?', 1)[0];

/**
 * The command's context from the authenticated caller and the request's headers; `body` is what the request hash
 * covers (the JSON body; for an upload, its fields and the stored files' hashes).
 */
export function commandContextOf(
  request: AuthenticatedRequest,
  command: CommandName,
  body: unknown = request.body,
): CommandContext {
  const user = request.user;
  if (!user) throw new Error('A command context needs an authenticated route');
  const idempotencyKey = limitedHeader(request, 'idempotency-key', MAX_IDEMPOTENCY_KEY);
  const requestId = randomUUID();
  const requestHash = createHash('sha256')
    .update(`${request.method} ${pathOf(request.url)}\n${canonicalJson(body ?? {})}`, 'utf8')
    .digest('hex');
  return {
    actor: { id: user.id, role: actingRole(user.roles, command) },
    correlationId: limitedHeader(request, 'x-correlation-id', MAX_CORRELATION_ID) ?? requestId,
    causationId: requestId,
    commandId: idempotencyKey ?? requestId,
    idempotencyKey,
    requestHash,
    expectedRevision: parseIfMatch(header(request, 'if-match')),
  };
}

/** Builds the command's context from the authenticated caller and the request's headers. */
export const CommandCtx = createParamDecorator(
  (command: CommandName, context: ExecutionContext): CommandContext =>
    commandContextOf(context.switchToHttp().getRequest<AuthenticatedRequest>(), command),
);
