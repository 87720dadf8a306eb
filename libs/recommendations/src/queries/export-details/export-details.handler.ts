import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  PROJECTION_NAMES,
  TABLES,
  latestMechanismAssessment,
  type RecommendationView,
} from '../../read-models';
import { ReadModels, assessmentsOf } from '../common';
import { readInstitutionCells, readLinkCells, readValidatedProgress } from './export-detail-reads';
import { RecommendationExportDetailsQuery, type RecommendationExportDetails } from './export-details.query';

const MODELS = [PROJECTION_NAMES.recommendations, PROJECTION_NAMES.actions, PROJECTION_NAMES.progressReports];

const noLinks = (): RecommendationExportDetails['links'] => ({
  carriedOverFrom: [],
  carriedOverTo: [],
  duplicates: [],
  duplicatedBy: [],
  related: [],
});

/** The export's columns that come from links, actions and validated progress reports, one page at a time. */
@QueryHandler(RecommendationExportDetailsQuery)
export class RecommendationExportDetailsHandler implements IQueryHandler<RecommendationExportDetailsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ recommendationIds, lang, consistentWith }: RecommendationExportDetailsQuery) {
    return this.readModels.answer(MODELS, consistentWith, () => this.read(recommendationIds, lang));
  }

  private read(recommendationIds: readonly string[], lang: string | undefined) {
    const db = this.readModels.db;
    const ids = JSON.stringify(recommendationIds);
    const details = new Map<string, RecommendationExportDetails>();
    const views = db
      .prepare<[string], { view: string }>(
        `SELECT view FROM ${TABLES.recommendations} WHERE id IN (SELECT value FROM json_each(?))`,
      )
      .all(ids);
    const progress = readValidatedProgress(db, ids);
    for (const row of views) {
      const view = JSON.parse(row.view) as RecommendationView;
      const id = view.state.id;
      details.set(id, {
        stateAssessment: assessmentsOf(view).stateAssessment?.assessment ?? null,
        latestMechanismAssessment: latestMechanismAssessment(view) ?? null,
        links: noLinks(),
        leadInstitutions: [],
        supportingInstitutions: [],
        latestValidatedProgress: progress.get(id) ?? null,
      });
    }
    for (const cell of readLinkCells(db, ids))
      details.get(cell.recommendationId)?.links[cell.column].push(cell.reference);
    for (const cell of readInstitutionCells(db, ids, lang)) {
      const found = details.get(cell.recommendationId);
      (cell.role === 'lead' ? found?.leadInstitutions : found?.supportingInstitutions)?.push(cell.name);
    }
    return details;
  }
}
