import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PROJECTION_NAMES, TABLES } from '../../read-models';
import { ReadModels } from '../common';
import { MAX_FEED_PAGE, ReadFeedQuery, type FeedPage } from './read-feed.query';

interface FeedRow {
  position: bigint;
  recommendation_id: string;
  type: string;
  status: string;
  at: string;
}

@QueryHandler(ReadFeedQuery)
export class ReadFeedHandler implements IQueryHandler<ReadFeedQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ after, limit, consistentWith }: ReadFeedQuery) {
    const size = Math.min(Math.max(limit, 1), MAX_FEED_PAGE);
    const answer = await this.readModels.answer(PROJECTION_NAMES.feed, consistentWith, () =>
      this.readModels.db
        .prepare<[bigint, number], FeedRow>(
          `SELECT position, recommendation_id, type, status, at FROM ${TABLES.feed}
           WHERE position > ? ORDER BY position LIMIT ?`,
        )
        .all(after, size),
    );
    const rows = answer.value;
    const through = rows.length === size ? rows[rows.length - 1].position : answer.position;
    const page: FeedPage = {
      events: rows.map((row) => ({
        position: row.position.toString(),
        recommendationId: row.recommendation_id,
        type: row.type,
        status: row.status,
        at: row.at,
      })),
      lastPosition: (through > after ? through : after).toString(),
    };
    return { position: answer.position, value: page };
  }
}
