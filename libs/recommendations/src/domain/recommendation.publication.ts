import type { Publish } from './recommendation.commands';
import type { RecommendationEvent } from './recommendation.events';
import type { Proposal } from './recommendation.state';

/** A new event only when something changes, so a repeated request records nothing. */
export function publicationOf(command: Publish, current: Proposal): RecommendationEvent[] {
  if (current.publication?.rationalePublic === command.rationalePublic) return [];
  return [{ type: 'RecommendationPublished', data: { rationalePublic: command.rationalePublic } }];
}

export function unpublicationOf(current: Proposal): RecommendationEvent[] {
  return current.publication === undefined ? [] : [{ type: 'RecommendationUnpublished', data: {} }];
}
