import { deciderSpec } from '@app/testing';
import { InvalidPlanPeriodError, PlanAlreadyExistsError, UnexpectedEventError } from './domain.errors';
import type { RegisterPlan } from './plan.commands';
import { evolvePlan, initialPlanState, planDecider, planPeriodOf } from './plan.decider';
import type { PlanRegistered } from './plan.events';

const plan = deciderSpec(planDecider);

const registerNhrap: RegisterPlan = {
  type: 'registerPlan',
  planId: 'NHRAP-2021-2025',
  title: 'National Human Rights Action Plan 2021-2025',
  periodStart: '2021-01-01',
  periodEnd: '2025-12-31',
};

const nhrapRegistered: PlanRegistered = {
  type: 'PlanRegistered',
  data: {
    planId: 'NHRAP-2021-2025',
    title: 'National Human Rights Action Plan 2021-2025',
    periodStart: '2021-01-01',
    periodEnd: '2025-12-31',
  },
};

describe('registerPlan', () => {
  it('registers a new plan with its period', () => {
    const after = plan.given([]).when(registerNhrap).then([nhrapRegistered]);

    expect(after).toStrictEqual({
      status: 'registered',
      planId: 'NHRAP-2021-2025',
      title: 'National Human Rights Action Plan 2021-2025',
      periodStart: '2021-01-01',
      periodEnd: '2025-12-31',
    });
  });

  it('refuses to register the same plan twice', () => {
    plan
      .given([nhrapRegistered])
      .when(registerNhrap)
      .thenThrows(PlanAlreadyExistsError, { code: 'PLAN.ALREADY_EXISTS', planId: 'NHRAP-2021-2025' });
  });

  it('refuses a period that ends before it starts', () => {
    plan
      .given([])
      .when({ ...registerNhrap, periodStart: '2025-01-01', periodEnd: '2024-12-31' })
      .thenThrows(InvalidPlanPeriodError, {
        code: 'PLAN.INVALID_PERIOD',
        periodStart: '2025-01-01',
        periodEnd: '2024-12-31',
      });
  });

  it('accepts a one-day period', () => {
    plan
      .given([])
      .when({ ...registerNhrap, periodStart: '2021-06-01', periodEnd: '2021-06-01' })
      .then([
        {
          type: 'PlanRegistered',
          data: { ...nhrapRegistered.data, periodStart: '2021-06-01', periodEnd: '2021-06-01' },
        },
      ]);
  });
});

describe('plan state', () => {
  it('gives reflectInPlan the period of a registered plan, and nothing for an unknown one', () => {
    expect(planPeriodOf(plan.given([nhrapRegistered]).state())).toStrictEqual({
      id: 'NHRAP-2021-2025',
      periodStart: '2021-01-01',
      periodEnd: '2025-12-31',
    });
    expect(planPeriodOf(initialPlanState)).toBeUndefined();
  });

  it('refuses a stream that registers the plan twice', () => {
    const registered = evolvePlan(initialPlanState, nhrapRegistered);

    expect(() => evolvePlan(registered, nhrapRegistered)).toThrow(UnexpectedEventError);
  });
});
