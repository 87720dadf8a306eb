import { deciderSpec } from '@app/testing';
import {
  EffectiveDateInFutureError,
  InvalidTransitionError,
  RationaleRequiredError,
  TargetOutsidePeriodError,
} from './domain.errors';
import { recommendationDecider } from './recommendation.decider';
import { NHRAP, RECOMMENDATION_ID, command, decided, historyTo } from './recommendation.fixtures';
import type { RecommendationEvent } from './recommendation.events';

const recommendation = deciderSpec(recommendationDecider);
const target = { recommendationId: RECOMMENDATION_ID };
const TODAY = '2021-06-01';

describe('recordPosition: rationale, source response and effective date', () => {
  const record = { ...target, type: 'recordPosition', position: 'supported', today: TODAY } as const;

  it('records a position derived from the source response without a rationale', () => {
    const after = recommendation
      .given(historyTo.under_review)
      .when({ ...record, sourceResponse: 'Supported', effectiveDate: '2013-10-25' })
      .then([
        {
          type: 'PositionRecorded',
          data: { position: 'supported', effectiveDate: '2013-10-25', sourceResponse: 'Supported' },
        },
      ]);
    expect(after).toMatchObject({ status: 'reviewed', position: 'supported', sourceResponse: 'Supported' });
  });

  it('refuses a position with neither a rationale nor a source response', () => {
    recommendation.given(historyTo.under_review).when(record).thenThrows(RationaleRequiredError, {
      code: 'RECOMMENDATION.RATIONALE_REQUIRED',
      field: 'rationale',
      command: 'recordPosition',
    });
  });

  it('refuses a blank source response in place of a rationale', () => {
    recommendation
      .given(historyTo.under_review)
      .when({ ...record, sourceResponse: '  ' })
      .thenThrows(RationaleRequiredError, { field: 'rationale' });
  });

  it('accepts a decision dated today, and refuses one dated after it', () => {
    recommendation
      .given(historyTo.under_review)
      .when({ ...record, rationale: 'Agreed.', effectiveDate: TODAY })
      .then([
        {
          type: 'PositionRecorded',
          data: { position: 'supported', rationale: 'Agreed.', effectiveDate: TODAY },
        },
      ]);
    recommendation
      .given(historyTo.under_review)
      .when({ ...record, rationale: 'Agreed.', effectiveDate: '2021-06-02' })
      .thenThrows(EffectiveDateInFutureError, {
        code: 'RECOMMENDATION.EFFECTIVE_DATE_IN_FUTURE',
        effectiveDate: '2021-06-02',
        today: TODAY,
      });
  });
});

describe('deferResponse', () => {
  const defer = {
    ...target,
    type: 'deferResponse',
    reason: 'The State will respond by the 24th session.',
    effectiveDate: '2013-10-25',
    today: TODAY,
  } as const;
  const deferred: RecommendationEvent = {
    type: 'ResponseDeferred',
    data: { reason: 'The State will respond by the 24th session.', effectiveDate: '2013-10-25' },
  };

  it('keeps the recommendation under review with the deferral', () => {
    const after = recommendation.given(historyTo.under_review).when(defer).then([deferred]);
    expect(after).toMatchObject({ status: 'under_review', deferral: deferred.data });
  });

  it('needs a reason', () => {
    recommendation
      .given(historyTo.under_review)
      .when({ ...defer, reason: ' ' })
      .thenThrows(RationaleRequiredError, { field: 'reason', command: 'deferResponse' });
  });

  it('is only for a recommendation under review', () => {
    recommendation
      .given(historyTo.reviewed)
      .when(defer)
      .thenThrows(InvalidTransitionError, { status: 'reviewed', command: 'deferResponse' });
  });

  it('refuses an effective date in the future', () => {
    recommendation
      .given(historyTo.under_review)
      .when({ ...defer, effectiveDate: '2030-01-01' })
      .thenThrows(EffectiveDateInFutureError);
  });

  it('lets the position be recorded later, which ends the deferral', () => {
    const after = recommendation
      .given([...historyTo.under_review, deferred])
      .when(command.recordPosition)
      .then([decided.recordPosition]);
    expect(after).toMatchObject({ status: 'reviewed', position: 'supported' });
    expect(after).not.toHaveProperty('deferral');
  });
});

describe('reflectInPlan with only the plan', () => {
  const reflect = { ...target, type: 'reflectInPlan', planId: NHRAP.id, plan: NHRAP } as const;

  it('records the plan alone when nothing else is known yet', () => {
    const after = recommendation
      .given(historyTo.reviewed)
      .when(reflect)
      .then([{ type: 'RecommendationReflectedInPlan', data: { planId: NHRAP.id } }]);
    expect(after).toMatchObject({ status: 'planned', plan: { planId: NHRAP.id } });
  });
});

describe('updatePlanLink', () => {
  const planned: RecommendationEvent[] = [
    ...historyTo.reviewed,
    { type: 'RecommendationReflectedInPlan', data: { planId: NHRAP.id } },
  ];
  const update = { ...target, type: 'updatePlanLink', plan: NHRAP } as const;

  it('adds the action, institutions and target date later', () => {
    const after = recommendation
      .given(planned)
      .when({
        ...update,
        actionRef: 'Task 1.4',
        responsibleInstitutions: ['State Committee on Statistics'],
        targetDate: '2024-12-31',
      })
      .then([
        {
          type: 'PlanLinkUpdated',
          data: {
            actionRef: 'Task 1.4',
            responsibleInstitutions: ['State Committee on Statistics'],
            targetDate: '2024-12-31',
          },
        },
      ]);
    expect(after).toMatchObject({
      status: 'planned',
      plan: {
        planId: NHRAP.id,
        actionRef: 'Task 1.4',
        responsibleInstitutions: ['State Committee on Statistics'],
        targetDate: '2024-12-31',
      },
    });
  });

  it('records only what changes, and nothing when nothing does', () => {
    recommendation
      .given(historyTo.planned)
      .when({ ...update, actionRef: 'Task 1.4', targetDate: '2025-06-30' })
      .then([{ type: 'PlanLinkUpdated', data: { targetDate: '2025-06-30' } }]);
    recommendation
      .given(historyTo.planned)
      .when({ ...update, actionRef: 'Task 1.4' })
      .then([]);
  });

  it("keeps the target date inside the plan's period", () => {
    recommendation
      .given(planned)
      .when({ ...update, targetDate: '2026-01-01' })
      .thenThrows(TargetOutsidePeriodError, { code: 'PLAN.TARGET_OUTSIDE_PERIOD', targetDate: '2026-01-01' });
  });

  it('is only for a planned recommendation', () => {
    recommendation
      .given(historyTo.reviewed)
      .when({ ...update, actionRef: 'Task 1.4' })
      .thenThrows(InvalidTransitionError, { status: 'reviewed', command: 'updatePlanLink' });
  });
});
