import type { JsonObject } from '@app/event-store';
import { actionIdOf } from '../commands/common/stream-names';

/**
 * RecommendationReflectedInPlan version 1 named its action only by the free-text `actionRef`; version 2 adds the
 * action's id, which follows from plan and number, so each distinct actionRef of a plan becomes one action.
 */
export function withActionId(data: JsonObject): JsonObject {
  const { planId, actionRef } = data;
  if (typeof planId !== 'string' || typeof actionRef !== 'string' || actionRef.trim() === '') return data;
  return { ...data, actionId: actionIdOf(planId, actionRef) };
}
