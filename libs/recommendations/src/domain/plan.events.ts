import type { IsoDate } from './recommendation.events';

export type PlanRegistered = {
  type: 'PlanRegistered';
  data: { planId: string; title: string; periodStart: IsoDate; periodEnd: IsoDate };
};

export type PlanEvent = PlanRegistered;

export type PlanEventType = PlanEvent['type'];

export const PLAN_EVENT_TYPES = ['PlanRegistered'] as const satisfies readonly PlanEventType[];
