import type { RecommendationEvent } from './recommendation.events';
import type { Proposal } from './recommendation.state';

/** Whether the recommendation is on the public portal; absent means it is not (nothing is public by default). */
export type Publication = { rationalePublic: boolean };

export type Publish = { type: 'publish'; recommendationId: string; rationalePublic: boolean };
export type Unpublish = { type: 'unpublish'; recommendationId: string };

export type RecommendationPublished = { type: 'RecommendationPublished'; data: Publication };
export type RecommendationUnpublished = { type: 'RecommendationUnpublished'; data: Record<string, never> };

/** A new event only when something changes, so a repeated request records nothing. */
export function publicationOf(command: Publish, current: Proposal): RecommendationEvent[] {
  if (current.publication?.rationalePublic === command.rationalePublic) return [];
  return [{ type: 'RecommendationPublished', data: { rationalePublic: command.rationalePublic } }];
}

export function unpublicationOf(current: Proposal): RecommendationEvent[] {
  return current.publication === undefined ? [] : [{ type: 'RecommendationUnpublished', data: {} }];
}
