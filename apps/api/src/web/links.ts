/** A recommendation's page is addressed by its reference, as people quote it. */
export const recommendationHref = (reference: string): string =>
  `/app/recommendations/${encodeURIComponent(reference)}`;

/** A plan's page is addressed by its identifier. */
export const planHref = (id: string): string => `/app/plans/${encodeURIComponent(id)}`;
