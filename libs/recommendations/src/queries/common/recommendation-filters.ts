import type { SqlValue } from '@app/projections';
import { referenceKey } from '../../commands/common/stream-names';
import { ACTION_TABLES, PROJECTION_NAMES, TABLES } from '../../read-models';
import { usesActions } from './recommendation-filter-values';
import { sourceFilterSql } from './source-filters';

import type { RecommendationFilters } from './recommendation-filter-values';

export {
  INSTITUTION_ROLE_FILTERS,
  usesActions,
  type InstitutionRoleFilter,
  type RecommendationFilters,
} from './recommendation-filter-values';
export interface SqlFilter {
  where: string;
  params: Record<string, SqlValue>;
}

/** Overdue is decided at query time: a review past its due date, or a planned item past its target date (if any). */
export const OVERDUE_SQL = `((r.status = 'under_review' AND r.review_due_date < @today)
  OR (r.status = 'planned' AND r.plan_target_date < @today))`;

const tagged = (kind: 'sdg' | 'theme', match: string): string =>
  `EXISTS (SELECT 1 FROM ${TABLES.tags} t WHERE t.recommendation_id = r.id AND t.kind = '${kind}' AND ${match})`;

/** Controls, format marks, lone surrogates, private and unassigned code points: FTS5 reads a NUL as the end. */
const NOT_TEXT = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;

/**
 * Each word becomes a quoted FTS5 prefix term, so user input never reaches the query syntax; characters that are
 * not text separate words. Undefined when no word is left: such a search matches nothing.
 */
export function searchTerms(q: string): string | undefined {
  const words = q
    .replace(NOT_TEXT, ' ')
    .split(/[\s\p{Z}]+/u)
    .filter((word) => word !== '');
  return words.length === 0 ? undefined : words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}

/** Linked to a plan action: the one named, or any the institution leads or supports (in the role asked). */
function actionFilterSql(
  filters: RecommendationFilters,
  clauses: string[],
  params: Record<string, SqlValue>,
): void {
  if (filters.action !== undefined) {
    clauses.push(`EXISTS (SELECT 1 FROM ${ACTION_TABLES.actionLinks} al
      WHERE al.recommendation_id = r.id AND al.action_id = @action)`);
    params.action = filters.action;
  }
  if (filters.institution === undefined) return;
  clauses.push(`EXISTS (SELECT 1 FROM ${ACTION_TABLES.actionLinks} il
    JOIN ${ACTION_TABLES.actionInstitutions} ii ON ii.action_id = il.action_id
    WHERE il.recommendation_id = r.id AND ii.institution_id = @institution
      AND (@institutionRole IS NULL OR ii.role = @institutionRole))`);
  params.institution = filters.institution;
  params.institutionRole = filters.institutionRole ?? null;
}

/** SQL over the `recommendations` table aliased `r`; `today` is always bound for the overdue flag. */
export function filterSql(filters: RecommendationFilters, today: string): SqlFilter {
  const clauses: string[] = [];
  const params: Record<string, SqlValue> = { today };
  const equal = (column: string, name: keyof RecommendationFilters): void => {
    const value = filters[name];
    if (value === undefined) return;
    clauses.push(`r.${column} = @${name}`);
    params[name] = value as string;
  };
  equal('status', 'status');
  equal('position', 'position');
  equal('plan_id', 'planId');
  equal('mechanism_grade', 'mechanismGrade');
  if (filters.published !== undefined)
    clauses.push(filters.published ? 'r.published = 1' : 'r.published = 0');
  if (filters.linkedTo !== undefined) {
    clauses.push(`EXISTS (SELECT 1 FROM ${TABLES.links} l
      WHERE (l.from_id = r.id AND l.to_id = @linkedTo) OR (l.to_id = r.id AND l.from_id = @linkedTo))`);
    params.linkedTo = filters.linkedTo;
  }
  actionFilterSql(filters, clauses, params);
  sourceFilterSql(filters, clauses, params);
  if (filters.reference !== undefined) {
    clauses.push('r.reference_key = @reference');
    params.reference = referenceKey(filters.reference);
  }
  if (filters.sdg !== undefined) {
    clauses.push(tagged('sdg', `(t.value = @sdg OR (instr(@sdg, '.') = 0 AND t.value LIKE @sdg || '.%'))`));
    params.sdg = filters.sdg;
  }
  if (filters.theme !== undefined) {
    // Controlled ids are lower case; a free-text theme of a v1 event matches in any (ASCII) case.
    clauses.push(tagged('theme', 'lower(t.value) = lower(@theme)'));
    params.theme = filters.theme;
  }
  if (filters.overdue !== undefined)
    clauses.push(filters.overdue ? OVERDUE_SQL : `NOT IFNULL(${OVERDUE_SQL}, 0)`);
  if (filters.q !== undefined) {
    const terms = searchTerms(filters.q);
    // The original (text and reference) or any current translation holds every word.
    clauses.push(
      terms === undefined
        ? '0 = 1'
        : `(r.seq IN (SELECT rowid FROM ${TABLES.search} WHERE ${TABLES.search} MATCH @q)
          OR r.seq IN (SELECT seq FROM ${TABLES.translationSearch} WHERE ${TABLES.translationSearch} MATCH @q))`,
    );
    if (terms !== undefined) params.q = terms;
  }
  return { where: clauses.length === 0 ? '1 = 1' : clauses.join(' AND '), params };
}

/** The read models a query with these filters reads: the actions model too when a filter (or `alsoActions`) needs it. */
export const filteredModels = (filters: RecommendationFilters, alsoActions = false): string[] =>
  alsoActions || usesActions(filters)
    ? [PROJECTION_NAMES.recommendations, PROJECTION_NAMES.actions]
    : [PROJECTION_NAMES.recommendations];

/** Today's date by the injected clock, in the form due dates are stored in. */
export const isoToday = (now: Date): string => now.toISOString().slice(0, 10);
