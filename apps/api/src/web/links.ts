/** A recommendation's page is addressed by its reference, as people quote it. */
export const recommendationHref = (reference: string): string =>
  `/app/recommendations/${encodeURIComponent(reference)}`;
