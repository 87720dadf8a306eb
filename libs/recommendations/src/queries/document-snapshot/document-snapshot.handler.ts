import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { referenceKey } from '../../commands/common/stream-names';
import {
  PROJECTION_NAMES,
  TABLES,
  latestMechanismAssessment,
  positionShown,
  type RecommendationView,
} from '../../read-models';
import { THEMES } from '../../vocabulary';
import { ReadModels, assessmentsOf, filterSql, isoToday } from '../common';
import {
  readInstitutions,
  readLinkedActions,
  readPositionTime,
  readValidatedReports,
} from './document-snapshot-reads';
import {
  DocumentSnapshotQuery,
  type DocumentLanguage,
  type DocumentRecommendation,
  type DocumentSelection,
  type DocumentSnapshot,
} from './document-snapshot.query';

const MODELS = [PROJECTION_NAMES.recommendations, PROJECTION_NAMES.actions, PROJECTION_NAMES.progressReports];

const themeName = (id: string, language: DocumentLanguage): string =>
  THEMES.find((theme) => theme.id === id)?.[language] ?? id;

interface ChosenRow {
  view: string;
  translated: string | null;
}

/** Every chosen recommendation with its actions, institutions and validated reports, all at one position. */
@QueryHandler(DocumentSnapshotQuery)
export class DocumentSnapshotHandler implements IQueryHandler<DocumentSnapshotQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ selection, language, consistentWith }: DocumentSnapshotQuery) {
    const answer = await this.readModels.answer(MODELS, consistentWith, () => this.read(selection, language));
    const value: DocumentSnapshot = { ...answer.value, position: answer.position.toString() };
    return { position: answer.position, value };
  }

  private read(selection: DocumentSelection, language: DocumentLanguage): Omit<DocumentSnapshot, 'position'> {
    const db = this.readModels.db;
    const { where, params } = filterSql(selection.filters, isoToday(this.clock()));
    const rows = db
      .prepare<[object], ChosenRow>(
        `SELECT r.view, tr.text AS translated FROM ${TABLES.recommendations} r
         LEFT JOIN ${TABLES.translations} tr ON tr.recommendation_id = r.id AND tr.language_key = @language
         WHERE ${where} AND (@references IS NULL OR r.reference_key IN (SELECT value FROM json_each(@references)))
           AND (@ids IS NULL OR r.id IN (SELECT value FROM json_each(@ids))) ORDER BY r.seq`,
      )
      .all({
        ...params,
        language,
        references: selection.references ? JSON.stringify(selection.references.map(referenceKey)) : null,
        ids: selection.ids ? JSON.stringify(selection.ids.map((id) => id.toLowerCase())) : null,
      });
    const views = rows.map((row) => ({
      view: JSON.parse(row.view) as RecommendationView,
      translated: row.translated,
    }));
    const ids = JSON.stringify(views.map(({ view }) => view.state.id));
    const actions = readLinkedActions(db, ids);
    const institutions = readInstitutions(db, ids, language);
    const reports = readValidatedReports(db, ids);
    const recommendations = views.map(({ view, translated }): DocumentRecommendation => {
      const { state } = view;
      const { mechanism, recommendingParties, upr } = state.source;
      return {
        reference: state.reference,
        text: translated ?? state.text,
        parties: recommendingParties.map((party) => party.name),
        mechanism: { kind: mechanism.kind, body: mechanism.body ?? null },
        cycle: upr?.cycle ?? null,
        themes: state.themes.map((theme) => themeName(theme, language)),
        position: positionShown(state),
        status: state.status,
        actions: actions.get(state.id) ?? [],
        institutions: institutions.get(state.id) ?? [],
        validatedProgress: reports.get(state.id) ?? [],
        stateAssessment: assessmentsOf(view).stateAssessment?.assessment ?? null,
        mechanismGrade: latestMechanismAssessment(view)?.grade ?? null,
      };
    });
    return { positionTime: readPositionTime(db), ledgerDigest: null, language, recommendations };
  }
}
