import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PROJECTION_NAMES } from '../../read-models';
import { ReadModels } from '../common';
import { readBoardCounts, readPublicRecommendations } from '../public-common';
import { PublicBoardQuery } from './public-board.query';

/** Reads the portal's public tables only, so nothing unpublished can reach the board. */
@QueryHandler(PublicBoardQuery)
export class PublicBoardHandler implements IQueryHandler<PublicBoardQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ filters, page, pageSize }: PublicBoardQuery) {
    return this.readModels.answer(PROJECTION_NAMES.public, undefined, () => ({
      ...readBoardCounts(this.readModels.db, filters),
      items: readPublicRecommendations(this.readModels.db, filters, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      }),
      page,
      pageSize,
    }));
  }
}
