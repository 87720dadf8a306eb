import rateLimit from '@fastify/rate-limit';
import type { RateLimits } from '@app/config';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { sessionIdOf } from '../auth/session/session-cookie';
import { RateLimitedError } from './rate-limited.error';

const BEARER = /^Bearer +([^\s]+) *$/i;

/** Keys hold a digest, so the limiter's memory never holds a token; a workspace session counts as its own caller. */
const tokenKey = (request: FastifyRequest): string | undefined => {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1] ?? sessionIdOf(request);
  return token === undefined ? undefined : `token:${createHash('sha256').update(token).digest('hex')}`;
};
const addressKey = (request: FastifyRequest): string => `address:${request.ip}`;

/** Registers the general limit per token (per address without one) and the limit on failed authentication. */
export async function limitRequestRates(fastify: FastifyInstance, limits: RateLimits): Promise<void> {
  await fastify.register(rateLimit, {
    global: limits.max > 0,
    max: limits.max,
    timeWindow: limits.windowSeconds * 1000,
    cache: 10_000,
    keyGenerator: (request) => tokenKey(request) ?? addressKey(request),
    errorResponseBuilder: (_request, context) => new RateLimitedError(Math.ceil(context.ttl / 1000)),
  });
  limitFailedAuthentication(fastify, limits);
}

/**
 * After too many 401s from one address or with one token, every request from it is a 429 until the window ends,
 * checked before the token is: a guesser learns nothing more. Counted once the 401 is answered.
 */
function limitFailedAuthentication(fastify: FastifyInstance, limits: RateLimits): void {
  const timeWindow = limits.authFailureWindowSeconds * 1000;
  const limiters = [
    { max: limits.authFailuresPerAddress, key: addressKey },
    { max: limits.authFailuresPerToken, key: tokenKey },
  ]
    .filter(({ max }) => max > 0)
    .map(({ max, key }) => ({
      key,
      count: fastify.createRateLimit({ max, timeWindow, keyGenerator: (r) => `failed-auth:${key(r)}` }),
    }));
  if (limiters.length === 0) return;
  fastify.addHook('onRequest', async (request, reply) => {
    for (const { key, count } of limiters) {
      if (key(request) === undefined) continue;
      const seen = await count(request, { increment: false });
      if (!seen.isAllowed && seen.remaining === 0) {
        void reply.header('Retry-After', seen.ttlInSeconds);
        throw new RateLimitedError(seen.ttlInSeconds);
      }
    }
  });
  fastify.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode !== 401) return;
    for (const { key, count } of limiters) if (key(request) !== undefined) await count(request);
  });
}
