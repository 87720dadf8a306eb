import type { ReadModelDatabase } from '@app/projections';
import { PROGRESS_REPORT_LIFECYCLE } from '../../domain';
import { ACTION_TABLES, REPORT_TABLES, TABLES } from '../../read-models';
import type { DocumentAction, DocumentLanguage, DocumentProgress } from './document-snapshot.query';

/** The chosen recommendations' ids, bound as one JSON parameter. */
const CHOSEN = '(SELECT value FROM json_each(@ids))';

/** Appends to the list kept per key. */
function grouped<Row, Value>(
  rows: readonly Row[],
  key: (row: Row) => string,
  value: (row: Row) => Value,
): Map<string, Value[]> {
  const groups = new Map<string, Value[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list === undefined) groups.set(key(row), [value(row)]);
    else list.push(value(row));
  }
  return groups;
}

/** The plan actions each recommendation is linked to, by plan then number. */
export function readLinkedActions(db: ReadModelDatabase, ids: string): Map<string, DocumentAction[]> {
  const rows = db
    .prepare<[{ ids: string }], { recommendation_id: string; number: string; title: string }>(
      `SELECT l.recommendation_id, a.number, a.title FROM ${ACTION_TABLES.actionLinks} l
       JOIN ${ACTION_TABLES.actions} a ON a.action_id = l.action_id
       WHERE l.recommendation_id IN ${CHOSEN} ORDER BY a.plan_id, a.number`,
    )
    .all({ ids });
  return grouped(
    rows,
    (row) => row.recommendation_id,
    (row) => ({ number: row.number, title: row.title }),
  );
}

/** Russian and Turkmen names where given, else English, as the export names institutions. */
const nameColumn = (language: DocumentLanguage): string =>
  language === 'en' ? 'n.name_en' : `COALESCE(n.name_${language}, n.name_en)`;

/** Every institution leading or supporting a linked action, once each, by name. */
export function readInstitutions(
  db: ReadModelDatabase,
  ids: string,
  language: DocumentLanguage,
): Map<string, string[]> {
  const rows = db
    .prepare<[{ ids: string }], { recommendation_id: string; name: string }>(
      `SELECT DISTINCT l.recommendation_id, ${nameColumn(language)} AS name FROM ${ACTION_TABLES.actionLinks} l
       JOIN ${ACTION_TABLES.actionInstitutions} i ON i.action_id = l.action_id
       JOIN ${ACTION_TABLES.institutions} n ON n.institution_id = i.institution_id
       WHERE l.recommendation_id IN ${CHOSEN} ORDER BY name COLLATE NOCASE, name`,
    )
    .all({ ids });
  return grouped(
    rows,
    (row) => row.recommendation_id,
    (row) => row.name,
  );
}

/** Validated reports only, oldest period first; other statuses never reach a document. */
export function readValidatedReports(db: ReadModelDatabase, ids: string): Map<string, DocumentProgress[]> {
  const rows = db
    .prepare<
      [{ ids: string; validated: string }],
      { recommendation_id: string; number: string; period_end: string; narrative: string }
    >(
      `SELECT l.recommendation_id, a.number, p.period_end, p.narrative FROM ${ACTION_TABLES.actionLinks} l
       JOIN ${ACTION_TABLES.actions} a ON a.action_id = l.action_id
       JOIN ${REPORT_TABLES.reports} p ON p.action_id = l.action_id AND p.status = @validated
       WHERE l.recommendation_id IN ${CHOSEN} ORDER BY p.period_end, p.validated_at, p.report_id`,
    )
    .all({ ids, validated: PROGRESS_REPORT_LIFECYCLE.validateProgressReport.to });
  return grouped(
    rows,
    (row) => row.recommendation_id,
    (row) => ({ actionNumber: row.number, periodEnd: row.period_end, narrative: row.narrative }),
  );
}

/** The latest change either model records: a fixed date for a fixed position, whatever the filters. */
export function readPositionTime(db: ReadModelDatabase): string {
  const row = db
    .prepare<[], { at: string | null }>(
      `SELECT MAX(at) AS at FROM (SELECT MAX(updated_at) AS at FROM ${TABLES.recommendations}
       UNION ALL SELECT MAX(updated_at) FROM ${REPORT_TABLES.reports})`,
    )
    .get();
  return row?.at ?? new Date(0).toISOString();
}
