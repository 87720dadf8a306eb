import { jsonMatching } from '@app/testing';
import type { RecommendationEvent } from '../domain';
import { NHRAP, decided } from '../domain/recommendation.fixtures';
import { hour, lifecycleAfter, row } from './lifecycle-projection.fixtures';

const underReview = [decided.propose, decided.scheduleReview];
const deferred: RecommendationEvent = {
  type: 'ResponseDeferred',
  data: { reason: 'The State answers later.' },
};
const reflectedBare: RecommendationEvent = {
  type: 'RecommendationReflectedInPlan',
  data: { planId: NHRAP.id },
};
const reviewedRow = (revision: number, fields: object) =>
  row({ revision, review_due_date: '2021-05-31', updated_at: hour(revision), ...fields });

describe('recommendation lifecycle projection: deferred responses and plan details added later', () => {
  it('ResponseDeferred: still under review, with the position shown as pending', () => {
    lifecycleAfter([...underReview, deferred]).then({
      recommendations: [reviewedRow(2, { status: 'under_review', position: 'pending' })],
    });
  });

  it('PositionRecorded after a deferral: the recorded position replaces pending', () => {
    lifecycleAfter([...underReview, deferred, decided.recordPosition]).then({
      recommendations: [reviewedRow(3, { status: 'reviewed', position: 'supported' })],
    });
  });

  it('RecommendationReflectedInPlan with only the plan: no target date yet', () => {
    lifecycleAfter([...underReview, decided.recordPosition, reflectedBare]).then({
      recommendations: [
        reviewedRow(3, {
          status: 'planned',
          position: 'supported',
          plan_id: NHRAP.id,
          plan_target_date: null,
        }),
      ],
    });
  });

  it('PlanLinkUpdated: the target date joins the plan link', () => {
    lifecycleAfter([...underReview, decided.recordPosition, reflectedBare, decided.updatePlanLink]).then({
      recommendations: [
        reviewedRow(4, {
          status: 'planned',
          position: 'supported',
          plan_id: NHRAP.id,
          plan_target_date: '2025-06-30',
          view: jsonMatching({ state: { plan: { planId: NHRAP.id, targetDate: '2025-06-30' } } }),
        }),
      ],
    });
  });
});
