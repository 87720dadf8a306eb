/**
 * The publication events of the issue-18 contract, read by type string with local payload types so the portal
 * depends on the contract, not on the publication commands' code.
 */
export const PUBLICATION_EVENTS = {
  recommendationPublished: 'RecommendationPublished',
  recommendationUnpublished: 'RecommendationUnpublished',
  actionPublished: 'ActionPublished',
  actionUnpublished: 'ActionUnpublished',
  reportPublished: 'ProgressReportPublished',
  reportUnpublished: 'ProgressReportUnpublished',
} as const;

export type RecommendationPublishedData = { rationalePublic: boolean };

const TYPES: ReadonlySet<string> = new Set(Object.values(PUBLICATION_EVENTS));

export const isPublicationEventType = (type: string): boolean => TYPES.has(type);
