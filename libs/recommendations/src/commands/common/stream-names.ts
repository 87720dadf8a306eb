import { createHash } from 'node:crypto';
import { deterministicUuid } from './deterministic-id';

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

export const INSTITUTION_STREAM_PREFIX = 'institution-';
export const ACTION_STREAM_PREFIX = 'action-';
export const PROGRESS_REPORT_STREAM_PREFIX = 'progress-report-';

export const institutionStream = (institutionId: string): string =>
  `${INSTITUTION_STREAM_PREFIX}${institutionId}`;
export const actionStream = (actionId: string): string => `${ACTION_STREAM_PREFIX}${actionId}`;
export const progressReportStream = (reportId: string): string =>
  `${PROGRESS_REPORT_STREAM_PREFIX}${reportId}`;

/** Action numbers compare trimmed and case-insensitively, as references do: `2.1.3` and ` 2.1.3` are one action. */
export const actionNumberKey = (number: string): string => number.trim().toLocaleLowerCase('en');

/**
 * An action's id follows from its plan and number, so "create it when it does not exist yet" needs no lookup and a
 * version-1 plan link's `actionRef` upcasts to the same id an action created today gets.
 */
export const actionIdOf = (planId: string, number: string): string =>
  deterministicUuid('plan-action', planId, actionNumberKey(number));
