import type { IsoDate } from './recommendation.events';

export type PlanState =
  | { status: 'none' }
  | { status: 'registered'; planId: string; title: string; periodStart: IsoDate; periodEnd: IsoDate };

export const initialPlanState: PlanState = { status: 'none' };
