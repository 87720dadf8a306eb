import type { Upcaster } from '@app/recommendations';

/**
 * A made-up past, registered for test/audit-upcasting.e2e.spec.ts only: version 1 of RecommendationProposed named
 * its source entity in `sourceEntity` and kept themes in one string; version 2 made `source` an object; version 3
 * split the themes. A module of its own, because the projection thread loads upcasters by module path.
 */
export const upcasters: Upcaster[] = [
  {
    eventType: 'RecommendationProposed',
    fromVersion: 1,
    upcast: ({ sourceEntity, ...rest }) => ({ ...rest, source: { kind: 'un_agency', entity: sourceEntity } }),
  },
  {
    eventType: 'RecommendationProposed',
    fromVersion: 2,
    upcast: ({ themes, ...rest }) => ({
      ...rest,
      language: 'en',
      themes: String(themes)
        .split(';')
        .map((theme) => theme.trim()),
      sdgTargets: [],
      affectedGroups: [],
    }),
  },
];
