import { createHash } from 'node:crypto';

export const RECOMMENDATION_STREAM_PREFIX = 'recommendation-';
export const PLAN_STREAM_PREFIX = 'plan-';
export const REFERENCE_STREAM_PREFIX = 'reference-';
export const IDEMPOTENCY_STREAM_PREFIX = 'idempotency-';

export const recommendationStream = (id: string): string => `${RECOMMENDATION_STREAM_PREFIX}${id}`;
export const planStream = (planId: string): string => `${PLAN_STREAM_PREFIX}${planId}`;

/** References are compared trimmed and case-insensitively, in every script. */
export const referenceKey = (reference: string): string => reference.trim().toLocaleLowerCase('en');

/** Hashing keeps any reference a valid stream name. */
export const referenceStream = (reference: string): string =>
  `${REFERENCE_STREAM_PREFIX}${sha256(referenceKey(reference))}`;

/** Keys are scoped to the caller, so two users cannot collide on one key. */
export const idempotencyStream = (actorId: string, key: string): string =>
  `${IDEMPOTENCY_STREAM_PREFIX}${sha256(`${actorId}\n${key}`)}`;

export const recommendationIdFromStream = (stream: string): string | undefined =>
  stream.startsWith(RECOMMENDATION_STREAM_PREFIX)
    ? stream.slice(RECOMMENDATION_STREAM_PREFIX.length)
    : undefined;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
