import type { FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { clearCookie, cookiesOf, setCookie, type CookieOptions } from '../../http/cookies';
import type { Session } from './session.store';

export const SESSION_COOKIE = 'rfu_session';

/** Methods that change nothing: everything else needs the session's CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** HttpOnly and SameSite=Strict always; Secure whenever the request came over TLS (directly or via a trusted proxy). */
const sessionCookie = (request: FastifyRequest): CookieOptions => ({
  path: '/',
  httpOnly: true,
  sameSite: 'Strict',
  secure: request.protocol === 'https',
});

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, sessionId: string): void {
  setCookie(reply, SESSION_COOKIE, sessionId, sessionCookie(request));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  clearCookie(reply, SESSION_COOKIE, sessionCookie(request));
}

export function sessionIdOf(request: FastifyRequest): string | undefined {
  const value = cookiesOf(request)[SESSION_COOKIE];
  return value === undefined || value === '' ? undefined : value;
}

/** The token a state-changing request presents: the X-CSRF-Token header (scripts) or a form's `_csrf` field. */
function presentedCsrfToken(request: FastifyRequest): string | undefined {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string' && header !== '') return header;
  const body = request.body as { _csrf?: unknown } | undefined;
  return typeof body?._csrf === 'string' ? body._csrf : undefined;
}

/** A safe method, or an unsafe one carrying this session's token (compared in constant time). */
export function passesCsrfCheck(request: FastifyRequest, session: Session): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  const presented = presentedCsrfToken(request);
  if (presented === undefined) return false;
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
