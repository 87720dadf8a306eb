/** A recommendation's page is addressed by its reference, as people quote it. */
export const recommendationHref = (reference: string): string =>
  `/app/recommendations/${encodeURIComponent(reference)}`;

/** The recommendation's decision history and past states (for those who may read its history). */
export const timelineHref = (reference: string): string => `${recommendationHref(reference)}/timeline`;

/** The form that proposes a new recommendation. */
export const proposeHref = '/app/recommendations/new';

/** A plan's page is addressed by its identifier. */
export const planHref = (id: string): string => `/app/plans/${encodeURIComponent(id)}`;

/** A plan action's page is addressed by its id (derived from plan and number). */
export const actionHref = (id: string): string => `/app/actions/${encodeURIComponent(id)}`;

/** An institution's page is addressed by its registry id. */
export const institutionHref = (id: string): string => `/app/institutions/${encodeURIComponent(id)}`;
