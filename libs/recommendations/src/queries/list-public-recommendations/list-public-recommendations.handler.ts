import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PROJECTION_NAMES } from '../../read-models';
import { ReadModels } from '../common';
import { readPublicRecommendations } from '../public-common';
import { ListPublicRecommendationsQuery } from './list-public-recommendations.query';

@QueryHandler(ListPublicRecommendationsQuery)
export class ListPublicRecommendationsHandler implements IQueryHandler<ListPublicRecommendationsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ filters }: ListPublicRecommendationsQuery) {
    return this.readModels.answer(PROJECTION_NAMES.public, undefined, () =>
      readPublicRecommendations(this.readModels.db, filters),
    );
  }
}
