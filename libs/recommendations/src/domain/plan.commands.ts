import type { IsoDate } from './recommendation.events';

/** The handler loads `plan-<planId>`. */
export type RegisterPlan = {
  type: 'registerPlan';
  planId: string;
  title: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
};

export type PlanCommand = RegisterPlan;

export type PlanCommandType = PlanCommand['type'];
