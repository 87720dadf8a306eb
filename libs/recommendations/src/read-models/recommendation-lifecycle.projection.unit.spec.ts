import { EventLog, jsonMatching, projectionSpec } from '@app/testing';
import { UnexpectedEventError, type RecommendationEvent } from '../domain';
import { NHRAP, RECOMMENDATION_ID, decided } from '../domain/recommendation.fixtures';
import { recommendationLifecycleProjection } from './recommendation-lifecycle.projection';

const lifecycle = projectionSpec(recommendationLifecycleProjection);
const STREAM = `recommendation-${RECOMMENDATION_ID}`;
const HOUR = 3_600_000;
const START = Date.parse('2021-03-24T09:00:00.000Z');
const hour = (n: number): string => new Date(START + n * HOUR).toISOString();
const reviewer = { id: 'rustam', role: 'reviewer' };
const secretariat = { id: 'amina', role: 'secretariat' };

/** The events, one hour apart, recorded in one recommendation's stream. */
function history(events: readonly RecommendationEvent[]) {
  const log = new EventLog();
  const actor = (event: RecommendationEvent) =>
    ['PositionRecorded', 'RecommendationImplemented'].includes(event.type) ? reviewer : secretariat;
  return events.map((event, n) => log.record(STREAM, event, { at: hour(n), actor: actor(event) }));
}

/** Splits a recorded history into what was given and the last event, the one under test. */
function split(events: readonly RecommendationEvent[]) {
  const recorded = history(events);
  return { given: recorded.slice(0, -1), when: recorded[recorded.length - 1] };
}

const row = (fields: object) => ({
  id: RECOMMENDATION_ID,
  seq: 1,
  reference: 'UNCT-2021-01',
  source_kind: 'unct',
  source_entity: 'UNCT',
  position: null,
  plan_id: null,
  review_due_date: null,
  plan_target_date: null,
  view: expect.any(String),
  ...fields,
});

const transition = (
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

const toReviewed = [decided.propose, decided.scheduleReview, decided.recordPosition];
const toPlanned = [...toReviewed, decided.reflectInPlan];

describe('recommendation lifecycle projection', () => {
  it('RecommendationProposed: a row in status proposed, its first transition, its tags and its text index', () => {
    const { given, when } = split([decided.propose]);
    lifecycle
      .given(given)
      .when(when)
      .then({
        recommendations: [
          row({
            status: 'proposed',
            revision: 0,
            updated_at: hour(0),
            view: jsonMatching({ statusSince: hour(0), timeInStatusMs: {}, createdAt: hour(0), seq: '1' }),
          }),
        ],
        recommendation_transitions: [transition(0, null, 'proposed', 'RecommendationProposed')],
        recommendation_tags: [
          { recommendation_id: RECOMMENDATION_ID, kind: 'sdg', value: '16.10' },
          { recommendation_id: RECOMMENDATION_ID, kind: 'sdg', value: '17.18' },
          { recommendation_id: RECOMMENDATION_ID, kind: 'theme', value: 'Data generation' },
          { recommendation_id: RECOMMENDATION_ID, kind: 'theme', value: 'Statistics' },
        ],
        recommendation_search: [
          {
            rowid: 1,
            reference: 'UNCT-2021-01',
            text: 'Strengthen the generation and publication of disaggregated data.',
          },
        ],
      });
  });

  it('RecommendationAmended: the fields and tags change, the status and its clock do not', () => {
    const { given, when } = split([decided.propose, decided.amend]);
    lifecycle
      .given(given)
      .when(when)
      .then({
        recommendations: [
          row({
            status: 'proposed',
            revision: 1,
            updated_at: hour(1),
            view: jsonMatching({
              state: { themes: ['Statistics'] },
              statusSince: hour(0),
              timeInStatusMs: {},
            }),
          }),
        ],
        recommendation_tags: [
          { recommendation_id: RECOMMENDATION_ID, kind: 'sdg', value: '17.18' },
          { recommendation_id: RECOMMENDATION_ID, kind: 'theme', value: 'Statistics' },
        ],
      });
  });

  it('ReviewScheduled: under review with its due date; the hour spent proposed is recorded', () => {
    const { given, when } = split([decided.propose, decided.scheduleReview]);
    lifecycle
      .given(given)
      .when(when)
      .then({
        recommendations: [
          row({
            status: 'under_review',
            review_due_date: '2021-05-31',
            revision: 1,
            updated_at: hour(1),
            view: jsonMatching({ statusSince: hour(1), timeInStatusMs: { proposed: HOUR } }),
          }),
        ],
        recommendation_transitions: [
          transition(0, null, 'proposed', 'RecommendationProposed'),
          transition(1, 'proposed', 'under_review', 'ReviewScheduled'),
        ],
      });
  });

  it('PositionRecorded: reviewed with the position, by the reviewer', () => {
    const { given, when } = split(toReviewed);
    lifecycle
      .given(given)
      .when(when)
      .then({
        recommendations: [
          row({
            status: 'reviewed',
            position: 'supported',
            review_due_date: '2021-05-31',
            revision: 2,
            updated_at: hour(2),
          }),
        ],
        recommendation_transitions: [
          transition(0, null, 'proposed', 'RecommendationProposed'),
          transition(1, 'proposed', 'under_review', 'ReviewScheduled'),
          transition(2, 'under_review', 'reviewed', 'PositionRecorded', reviewer),
        ],
      });
  });

  it('ReviewReopened: back under review, the position cleared, the new due date, both review spells added up', () => {
    const { given, when } = split([...toReviewed, decided.reopenReview]);
    lifecycle
      .given(given)
      .when(when)
      .then({
        recommendations: [
          row({
            status: 'under_review',
            review_due_date: '2021-09-30',
            revision: 3,
            updated_at: hour(3),
            view: jsonMatching({ timeInStatusMs: { proposed: HOUR, under_review: HOUR, reviewed: HOUR } }),
          }),
        ],
      });
  });

  it('RecommendationReflectedInPlan: planned, linked to the plan with its target date', () => {
    const { given, when } = split(toPlanned);
    lifecycle
      .given(given)
      .when(when)
      .then({
        recommendations: [
          row({
            status: 'planned',
            position: 'supported',
            plan_id: NHRAP.id,
            review_due_date: '2021-05-31',
            plan_target_date: '2024-12-31',
            revision: 3,
            updated_at: hour(3),
            view: jsonMatching({ state: { plan: { actionRef: 'Task 1.4' } } }),
          }),
        ],
      });
  });

  it('ProgressReported: still planned, with the latest progress and a planned-to-planned transition', () => {
    const { given, when } = split([...toPlanned, decided.reportProgress]);
    lifecycle
      .given(given)
      .when(when)
      .then({
        recommendations: [
          row({
            status: 'planned',
            position: 'supported',
            plan_id: NHRAP.id,
            review_due_date: '2021-05-31',
            plan_target_date: '2024-12-31',
            revision: 4,
            updated_at: hour(4),
            view: jsonMatching({ state: { progress: { status: 'in_progress' } }, statusSince: hour(3) }),
          }),
        ],
        recommendation_transitions: [
          transition(0, null, 'proposed', 'RecommendationProposed'),
          transition(1, 'proposed', 'under_review', 'ReviewScheduled'),
          transition(2, 'under_review', 'reviewed', 'PositionRecorded', reviewer),
          transition(3, 'reviewed', 'planned', 'RecommendationReflectedInPlan'),
          transition(4, 'planned', 'planned', 'ProgressReported'),
        ],
      });
  });

  it('RecommendationImplemented: implemented, keeping its plan link', () => {
    const { given, when } = split([...toPlanned, decided.markImplemented]);
    lifecycle
      .given(given)
      .when(when)
      .then({
        recommendations: [
          row({
            status: 'implemented',
            position: 'supported',
            plan_id: NHRAP.id,
            review_due_date: '2021-05-31',
            plan_target_date: '2024-12-31',
            revision: 4,
            updated_at: hour(4),
            view: jsonMatching({ timeInStatusMs: { planned: HOUR } }),
          }),
        ],
      });
  });

  it('RecommendationWithdrawn: withdrawn straight from proposed', () => {
    const { given, when } = split([decided.propose, decided.withdraw]);
    lifecycle
      .given(given)
      .when(when)
      .then({
        recommendations: [
          row({
            status: 'withdrawn',
            revision: 1,
            updated_at: hour(1),
            view: jsonMatching({ state: { withdrawnFrom: 'proposed' } }),
          }),
        ],
        recommendation_transitions: [
          transition(0, null, 'proposed', 'RecommendationProposed'),
          transition(1, 'proposed', 'withdrawn', 'RecommendationWithdrawn'),
        ],
      });
  });

  it('RecommendationArchived: archived with its position kept', () => {
    const { given, when } = split([...toReviewed, decided.archive]);
    lifecycle
      .given(given)
      .when(when)
      .then({
        recommendations: [
          row({
            status: 'archived',
            position: 'supported',
            review_due_date: '2021-05-31',
            revision: 3,
            updated_at: hour(3),
            view: jsonMatching({ state: { archivedFrom: 'reviewed' } }),
          }),
        ],
      });
  });

  it('PlanRegistered: a plan row', () => {
    const plan = new EventLog().record(
      `plan-${NHRAP.id}`,
      {
        type: 'PlanRegistered',
        data: { planId: NHRAP.id, title: 'NHRAP', periodStart: '2021-01-01', periodEnd: '2025-12-31' },
      },
      { at: hour(0) },
    );
    lifecycle
      .given([])
      .when(plan)
      .then({
        plans: [
          {
            id: NHRAP.id,
            title: 'NHRAP',
            period_start: '2021-01-01',
            period_end: '2025-12-31',
            registered_at: hour(0),
            position: 1,
          },
        ],
      });
  });

  it('ignores reference and idempotency claims, and an event delivered twice', () => {
    const log = new EventLog();
    const proposed = log.record(STREAM, decided.propose, { at: hour(0) });
    const claim = log.record(
      'reference-abc',
      { type: 'ReferenceReserved', data: { reference: 'X' } },
      { at: hour(1) },
    );
    lifecycle
      .given([proposed])
      .when(claim, proposed)
      .then({
        recommendations: [row({ status: 'proposed', revision: 0, updated_at: hour(0) })],
        recommendation_transitions: [transition(0, null, 'proposed', 'RecommendationProposed')],
      });
  });

  it('refuses an event the lifecycle does not allow from the stored status', () => {
    const { given, when } = split([decided.propose, decided.recordPosition]);
    lifecycle.given(given).when(when).thenThrows(UnexpectedEventError);
  });
});
