import { EventLog, jsonMatching } from '@app/testing';
import { UnexpectedEventError } from '../domain';
import { NHRAP, decided } from '../domain/recommendation.fixtures';
import {
  HOUR,
  STREAM,
  hour,
  reviewer,
  row,
  lifecycle,
  lifecycleAfter,
  toPlanned,
  toReviewed,
  transition,
} from './lifecycle-projection.fixtures';

describe('recommendation lifecycle projection: plan, closing, plans and odd deliveries', () => {
  it('RecommendationReflectedInPlan: planned, linked to the plan with its target date', () => {
    lifecycleAfter(toPlanned).then({
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
    lifecycleAfter([...toPlanned, decided.reportProgress]).then({
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
    lifecycleAfter([...toPlanned, decided.markImplemented]).then({
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
    lifecycleAfter([decided.propose, decided.withdraw]).then({
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
    lifecycleAfter([...toReviewed, decided.archive]).then({
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
    lifecycleAfter([decided.propose, decided.recordPosition]).thenThrows(UnexpectedEventError);
  });
});
