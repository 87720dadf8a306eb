/** The payload version written for each event type; a type not listed is at version 1. */
const CURRENT_SCHEMA_VERSIONS: Readonly<Record<string, number>> = {
  // 2: model version 2's `source` (mechanism, recommending parties); upcast from 1 in events/source-v1.ts.
  RecommendationProposed: 2,
  RecommendationAmended: 2,
  // 2: the plan link names its action (`actionId`); upcast from 1 in events/plan-link-v1.ts.
  RecommendationReflectedInPlan: 2,
};

export const schemaVersionOf = (eventType: string): number => CURRENT_SCHEMA_VERSIONS[eventType] ?? 1;
