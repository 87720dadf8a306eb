import { EVENT_UPCASTERS, type Upcaster } from '@app/recommendations';
import type { JsonObject } from '@app/event-store';

/** The made-up version 1 named its source entity in `sourceEntity`, where version 2 names its parties. */
const partiesFromSourceEntity = ({ sourceEntity, ...rest }: JsonObject): JsonObject => ({
  ...rest,
  source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: sourceEntity }] },
});

/** It kept themes in one string and had no language, SDG targets or affected groups. */
const splitThemes = ({ themes, ...rest }: JsonObject): JsonObject => ({
  ...rest,
  language: 'en',
  themes: String(themes)
    .split(';')
    .map((theme) => theme.trim()),
  sdgTargets: [],
  affectedGroups: [],
});

/**
 * A made-up past, registered for test/audit-upcasting.e2e.spec.ts only, in place of the production upcasters: its
 * version 1 of RecommendationProposed differs from the real one. A module of its own, because the projection thread
 * loads upcasters by module path.
 */
export const upcasters: Upcaster[] = [
  {
    eventType: 'RecommendationProposed',
    fromVersion: 1,
    upcast: (data) => splitThemes(partiesFromSourceEntity(data)),
  },
  ...EVENT_UPCASTERS.filter((upcaster) => upcaster.eventType !== 'RecommendationProposed'),
];
