/** A recommendation's page is addressed by its reference, as people quote it. */
export const recommendationHref = (reference: string): string =>
  `/app/recommendations/${encodeURIComponent(reference)}`;

/** The recommendation's decision history and past states (for those who may read its history). */
export const timelineHref = (reference: string): string => `${recommendationHref(reference)}/timeline`;

/** The form that proposes a new recommendation. */
export const proposeHref = '/app/recommendations/new';

/** A plan's page is addressed by its identifier. */
export const planHref = (id: string): string => `/app/plans/${encodeURIComponent(id)}`;
