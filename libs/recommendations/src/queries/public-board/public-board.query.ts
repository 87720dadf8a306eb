import { Query } from '@nestjs/cqrs';
import type { ReadModelAnswer } from '../common';
import type { PublicBoard, PublicFilters } from '../public-common';

/** The portal's board: counts, the filters' choices and one page of published recommendations. */
export class PublicBoardQuery extends Query<ReadModelAnswer<PublicBoard>> {
  constructor(
    readonly filters: PublicFilters,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
