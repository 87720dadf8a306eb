import { HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/**
 * Sets `ETag` and, when `If-None-Match` already names it (or `*`), answers 304 Not Modified (RFC 9110 13.1.2);
 * the caller then returns no body. Weak and strong tags compare alike, as the standard asks for GET.
 */
export function notModifiedSince(
  reply: FastifyReply,
  etag: string,
  ifNoneMatch: string | undefined,
): boolean {
  void reply.header('ETag', etag);
  if (ifNoneMatch === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const matches = ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
  if (matches) void reply.status(HttpStatus.NOT_MODIFIED);
  return matches;
}
