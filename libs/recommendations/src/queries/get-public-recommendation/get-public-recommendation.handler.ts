import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PROJECTION_NAMES } from '../../read-models';
import { PUBLIC_TABLES } from '../../read-models/public/public.tables';
import { ReadModels } from '../common';
import {
  RECOMMENDATION_COLUMNS,
  publicRecommendation,
  readPublicActions,
  type RecommendationRow,
} from '../public-common';
import { GetPublicRecommendationQuery } from './get-public-recommendation.query';

/** A published recommendation and the published actions linked to it, from the portal's public tables. */
@QueryHandler(GetPublicRecommendationQuery)
export class GetPublicRecommendationHandler implements IQueryHandler<GetPublicRecommendationQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ reference }: GetPublicRecommendationQuery) {
    const { db } = this.readModels;
    return this.readModels.answer(PROJECTION_NAMES.public, undefined, () => {
      const row = db
        .prepare<[string], RecommendationRow>(
          `SELECT ${RECOMMENDATION_COLUMNS} FROM ${PUBLIC_TABLES.recommendations} r WHERE r.reference = ?`,
        )
        .get(reference);
      if (row === undefined) return undefined;
      return { recommendation: publicRecommendation(row), actions: readPublicActions(db, { reference }) };
    });
  }
}
