import type { ReadModelDatabase } from '@app/projections';
import { PUBLIC_TABLES } from '../../read-models/public/public.tables';
import type { PublicFilters, PublicRecommendation } from './public-answers';

const T = PUBLIC_TABLES;

/** Every public column but the internal id, and the numbers of the published actions it is linked to. */
export const RECOMMENDATION_COLUMNS = `r.reference, r.text, r.language, r.translations, r.mechanism, r.body,
  r.parties, r.state_under_review, r.upr_cycle, r.upr_session, r.document_symbol, r.document, r.paragraph,
  r.source_date, r.themes, r.sdg_targets, r.affected_groups, r.status, r.position, r.rationale, r.plan_id,
  (SELECT json_group_array(a.number) FROM ${T.links} l JOIN ${T.actions} a ON a.action_id = l.action_id
    WHERE l.recommendation_id = r.id) AS action_numbers`;

export type RecommendationRow = Record<string, string | bigint | number | null>;

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);
const number = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);
const json = <T>(value: unknown): T => JSON.parse(String(value)) as T;

/** Action numbers in reading order: 1.2 before 1.10. */
export const byNumber = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

export function publicRecommendation(row: RecommendationRow): PublicRecommendation {
  return {
    reference: String(row.reference),
    text: String(row.text),
    language: String(row.language),
    translations: json(row.translations),
    mechanism: String(row.mechanism),
    body: text(row.body),
    recommendingParties: json(row.parties),
    stateUnderReview: text(row.state_under_review),
    uprCycle: number(row.upr_cycle),
    uprSession: number(row.upr_session),
    documentSymbol: text(row.document_symbol),
    document: text(row.document),
    paragraph: text(row.paragraph),
    date: text(row.source_date),
    themes: json(row.themes),
    sdgTargets: json(row.sdg_targets),
    affectedGroups: json(row.affected_groups),
    status: String(row.status),
    position: text(row.position),
    rationale: text(row.rationale),
    planId: text(row.plan_id),
    actionNumbers: json<string[]>(row.action_numbers).sort(byNumber),
  };
}

/** The WHERE clause of the board's filters over `r`, with named parameters from `filterParams`. */
export const FILTER_SQL = `(@mechanism IS NULL OR r.mechanism = @mechanism)
  AND (@status IS NULL OR r.status = @status)
  AND (@position IS NULL OR r.position = @position)
  AND (@theme IS NULL OR EXISTS (SELECT 1 FROM ${T.tags} t
    WHERE t.kind = 'theme' AND t.value = @theme AND t.id = r.id))
  AND (@sdg IS NULL OR EXISTS (SELECT 1 FROM ${T.tags} t
    WHERE t.kind = 'sdg' AND (t.value = @sdg OR t.value LIKE @sdg || '.%') AND t.id = r.id))`;

export type FilterParams = Record<keyof Required<PublicFilters>, string | null>;

export const filterParams = (filters: PublicFilters): FilterParams => ({
  mechanism: filters.mechanism ?? null,
  status: filters.status ?? null,
  position: filters.position ?? null,
  theme: filters.theme ?? null,
  sdg: filters.sdg ?? null,
});

/** Published recommendations matching the filters, oldest first; a page of them when `limit` is given. */
export function readPublicRecommendations(
  db: ReadModelDatabase,
  filters: PublicFilters,
  page?: { limit: number; offset: number },
): PublicRecommendation[] {
  const rows = db
    .prepare<[FilterParams & { limit: number; offset: number }], RecommendationRow>(
      `SELECT ${RECOMMENDATION_COLUMNS} FROM ${T.recommendations} r WHERE ${FILTER_SQL}
       ORDER BY r.seq LIMIT @limit OFFSET @offset`,
    )
    .all({ ...filterParams(filters), limit: page?.limit ?? -1, offset: page?.offset ?? 0 });
  return rows.map(publicRecommendation);
}
