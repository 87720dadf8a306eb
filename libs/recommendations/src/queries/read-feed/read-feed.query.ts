import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../shared';

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
  /**
   * Where to resume (`after=`): the last event's position on a full page; otherwise the feed's checkpoint, since
   * every event up to it has been returned.
   */
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
