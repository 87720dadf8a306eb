import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { RecommendationNotFoundError, type RecommendationStatus } from '../../domain';
import { PROJECTION_NAMES, TABLES, type RecommendationView, type Transition } from '../../read-models';
import {
  ReadModels,
  isoToday,
  linksOf,
  recommendationDetails,
  type RecommendationDetails,
  type TranslationItem,
} from '../common';
import { GetRecommendationQuery } from './get-recommendation.query';

interface TransitionRow {
  from_status: RecommendationStatus | null;
  to_status: RecommendationStatus;
  type: string;
  at: string;
  actor_id: string;
  actor_role: string;
}

/** One recommendation with its transitions and time in each status (404 RECOMMENDATION.NOT_FOUND). */
@QueryHandler(GetRecommendationQuery)
export class GetRecommendationHandler implements IQueryHandler<GetRecommendationQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ id, consistentWith, lang }: GetRecommendationQuery) {
    const answer = await this.readModels.answer(PROJECTION_NAMES.recommendations, consistentWith, () =>
      this.read(id, lang),
    );
    if (answer.value === undefined) throw new RecommendationNotFoundError(id);
    return { position: answer.position, value: answer.value };
  }

  private read(id: string, lang: string | undefined): RecommendationDetails | undefined {
    const db = this.readModels.db;
    const row = db
      .prepare<[string], { view: string }>(`SELECT view FROM ${TABLES.recommendations} WHERE id = ?`)
      .get(id);
    if (!row) return undefined;
    const transitions = db
      .prepare<[string], TransitionRow>(
        `SELECT from_status, to_status, type, at, actor_id, actor_role FROM ${TABLES.transitions}
         WHERE recommendation_id = ? ORDER BY revision`,
      )
      .all(id)
      .map((t): Transition => ({
        from: t.from_status,
        to: t.to_status,
        type: t.type,
        at: t.at,
        actor: { id: t.actor_id, role: t.actor_role },
      }));
    const translations = db
      .prepare<[string], TranslationItem>(
        `SELECT language, text, translated_by AS translatedBy, added_at AS addedAt FROM ${TABLES.translations}
         WHERE recommendation_id = ? ORDER BY language_key`,
      )
      .all(id);
    const now = this.clock();
    return recommendationDetails(
      JSON.parse(row.view) as RecommendationView,
      { transitions, translations, links: linksOf(db, id) },
      lang,
      {
        now,
        today: isoToday(now),
      },
    );
  }
}
