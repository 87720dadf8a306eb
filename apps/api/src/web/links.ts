/** A recommendation's page is addressed by its reference, as people quote it. */
export const recommendationHref = (reference: string): string =>
  `/app/recommendations/${encodeURIComponent(reference)}`;

/** Its timeline: the history from the event log, past states and the hash chain. */
export const recommendationTimelineHref = (reference: string): string =>
  `${recommendationHref(reference)}/timeline`;
