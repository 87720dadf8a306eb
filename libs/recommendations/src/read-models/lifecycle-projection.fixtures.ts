/** Given/when/then material for the lifecycle projection specs: one stream, events an hour apart. */
import { EventLog, projectionSpec } from '@app/testing';
import type { RecommendationEvent } from '../domain';
import { RECOMMENDATION_ID, decided } from '../domain/recommendation.fixtures';
import { recommendationLifecycleProjection } from './recommendation-lifecycle.projection';

export const lifecycle = projectionSpec(recommendationLifecycleProjection);
export const STREAM = `recommendation-${RECOMMENDATION_ID}`;
export const HOUR = 3_600_000;
const START = Date.parse('2021-03-24T09:00:00.000Z');
export const hour = (n: number): string => new Date(START + n * HOUR).toISOString();
export const reviewer = { id: 'rustam', role: 'reviewer' };
export const secretariat = { id: 'amina', role: 'secretariat' };

/** The events, one hour apart, recorded in one recommendation's stream. */
export function history(events: readonly RecommendationEvent[]) {
  const log = new EventLog();
  const actor = (event: RecommendationEvent) =>
    ['PositionRecorded', 'RecommendationImplemented'].includes(event.type) ? reviewer : secretariat;
  return events.map((event, n) => log.record(STREAM, event, { at: hour(n), actor: actor(event) }));
}

/** Splits a recorded history into what was given and the last event, the one under test. */
/** The lifecycle projection's spec after `events`: all but the last are given, the last is the event under test. */
export function lifecycleAfter(events: readonly RecommendationEvent[]) {
  const recorded = history(events);
  return lifecycle.given(recorded.slice(0, -1)).when(recorded[recorded.length - 1]);
}

export const row = (fields: object) => ({
  id: RECOMMENDATION_ID,
  seq: 1,
  reference: 'UNCT-2021-01',
  reference_key: 'unct-2021-01',
  mechanism_kind: 'unct',
  mechanism_body: null,
  state_under_review: null,
  upr_cycle: null,
  upr_session: null,
  document_symbol: null,
  external_id: null,
  source_response: null,
  source_response_key: null,
  language: 'en',
  position: null,
  plan_id: null,
  review_due_date: null,
  plan_target_date: null,
  mechanism_grade: null,
  published: 0,
  view: expect.any(String),
  ...fields,
});

export const transition = (
  revision: number,
  from: string | null,
  to: string,
  type: string,
  actor = secretariat,
) => ({
  recommendation_id: RECOMMENDATION_ID,
  revision,
  position: revision + 1,
  type,
  from_status: from,
  to_status: to,
  at: hour(revision),
  actor_id: actor.id,
  actor_role: actor.role,
});

export const toReviewed = [decided.propose, decided.scheduleReview, decided.recordPosition];
export const toPlanned = [...toReviewed, decided.reflectInPlan];
