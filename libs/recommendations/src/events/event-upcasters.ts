import { withActionId } from './plan-link-v1';
import { withV2Source } from './source-v1';
import { UpcasterRegistry, type Upcaster } from './upcaster.registry';

/** Every payload change so far, oldest first. */
export const EVENT_UPCASTERS: readonly Upcaster[] = [
  // Model version 2 (issue 12): `source` names a mechanism and a list of recommending parties.
  { eventType: 'RecommendationProposed', fromVersion: 1, upcast: withV2Source },
  { eventType: 'RecommendationAmended', fromVersion: 1, upcast: withV2Source },
  // Issue 17: a plan link names its action's id (actionIdOf(planId, actionRef)).
  { eventType: 'RecommendationReflectedInPlan', fromVersion: 1, upcast: withActionId },
];

/** Injection token for the UpcasterRegistry that reads fold through; tests may provide their own. */
export const UPCASTERS = Symbol('UPCASTERS');

export const productionUpcasters = (): UpcasterRegistry => new UpcasterRegistry(EVENT_UPCASTERS);
