import type { ReadModelDatabase } from '@app/projections';
import { PROGRESS_REPORT_LIFECYCLE, type LinkKind } from '../../domain';
import { ACTION_TABLES, REPORT_TABLES, TABLES } from '../../read-models';
import type { ExportLinkColumn, ValidatedProgress } from './export-details.query';

/** The ids of a page, bound as one JSON parameter. */
const IN_PAGE = '(SELECT value FROM json_each(@ids))';

/** A narrative this long at most in a spreadsheet cell; the whole text is on the report's page. */
export const EXCERPT_LENGTH = 200;

/** Which column a link goes in, read from the side declaring it and from the other side. */
const COLUMNS: Record<LinkKind, { outgoing: ExportLinkColumn; incoming: ExportLinkColumn }> = {
  carried_over_from: { outgoing: 'carriedOverFrom', incoming: 'carriedOverTo' },
  duplicates: { outgoing: 'duplicates', incoming: 'duplicatedBy' },
  related: { outgoing: 'related', incoming: 'related' },
};

export interface LinkCell {
  recommendationId: string;
  column: ExportLinkColumn;
  reference: string;
}

/** Both directions of every link of the page, each with the other side's reference (its id until it is known). */
export function readLinkCells(db: ReadModelDatabase, ids: string): LinkCell[] {
  const rows = db
    .prepare<
      [{ ids: string }],
      { from_id: string; kind: LinkKind; to_id: string; from_ref: string | null; to_ref: string | null }
    >(
      `SELECT l.from_id, l.kind, l.to_id, f.reference AS from_ref, t.reference AS to_ref FROM ${TABLES.links} l
       LEFT JOIN ${TABLES.recommendations} f ON f.id = l.from_id
       LEFT JOIN ${TABLES.recommendations} t ON t.id = l.to_id
       WHERE l.from_id IN ${IN_PAGE} OR l.to_id IN ${IN_PAGE} ORDER BY l.linked_at, l.from_id, l.to_id`,
    )
    .all({ ids });
  return rows.flatMap((row) => [
    { recommendationId: row.from_id, column: COLUMNS[row.kind].outgoing, reference: row.to_ref ?? row.to_id },
    {
      recommendationId: row.to_id,
      column: COLUMNS[row.kind].incoming,
      reference: row.from_ref ?? row.from_id,
    },
  ]);
}

export interface InstitutionCell {
  recommendationId: string;
  role: 'lead' | 'supporting';
  name: string;
}

/** The `institutions` column holding names in a language: Russian and Turkmen where given, else English. */
const nameColumn = (lang: string | undefined): string => {
  const language = lang?.split('-')[0].toLowerCase();
  return language === 'ru' || language === 'tk' ? `COALESCE(n.name_${language}, n.name_en)` : 'n.name_en';
};

/** The institutions of every action each recommendation of the page is linked to, once per role, by name. */
export function readInstitutionCells(
  db: ReadModelDatabase,
  ids: string,
  lang: string | undefined,
): InstitutionCell[] {
  return db
    .prepare<[{ ids: string }], InstitutionCell>(
      `SELECT DISTINCT l.recommendation_id AS recommendationId, i.role, ${nameColumn(lang)} AS name
       FROM ${ACTION_TABLES.actionLinks} l
       JOIN ${ACTION_TABLES.actionInstitutions} i ON i.action_id = l.action_id
       JOIN ${ACTION_TABLES.institutions} n ON n.institution_id = i.institution_id
       WHERE l.recommendation_id IN ${IN_PAGE} ORDER BY name COLLATE NOCASE`,
    )
    .all({ ids });
}

const excerpt = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
};

/** Per recommendation, the validated report with the latest period over its linked actions; other statuses never count. */
export function readValidatedProgress(db: ReadModelDatabase, ids: string): Map<string, ValidatedProgress> {
  const rows = db
    .prepare<
      [{ ids: string; validated: string }],
      { recommendation_id: string; period_end: string; narrative: string }
    >(
      `SELECT l.recommendation_id, p.period_end, p.narrative FROM ${ACTION_TABLES.actionLinks} l
       JOIN ${REPORT_TABLES.reports} p ON p.action_id = l.action_id AND p.status = @validated
       WHERE l.recommendation_id IN ${IN_PAGE} ORDER BY p.period_end, p.validated_at, p.report_id`,
    )
    .all({ ids, validated: PROGRESS_REPORT_LIFECYCLE.validateProgressReport.to });
  // In ascending order, so the last row of each recommendation is its latest.
  return new Map(
    rows.map((row) => [
      row.recommendation_id,
      { periodEnd: row.period_end, narrativeExcerpt: excerpt(row.narrative) },
    ]),
  );
}
