import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';

export interface FeedEvent {
  position: string;
  recommendationId: string;
  type: string;
  /** The recommendation's status after this event. */
  status: string;
  at: string;
}

export interface FeedPage {
  events: FeedEvent[];
  /** Resume from here: a full page's last event, else the feed's checkpoint (everything up to it was returned). */
  lastPosition: string;
}

export const MAX_FEED_PAGE = 1000;

/** Recommendation events after a log position, in log order, from the feed read model. */
export class ReadFeedQuery extends Query<ReadModelAnswer<FeedPage>> {
  constructor(
    readonly after: bigint,
    readonly limit: number,
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
