import type { ReadModelDatabase } from '@app/projections';
import { PUBLIC_TABLES } from '../../read-models/public/public.tables';
import type { PublicBoard, PublicCount, PublicFilters } from './public-answers';
import { FILTER_SQL, filterParams, type FilterParams } from './public-recommendation-rows';

const T = PUBLIC_TABLES;
type CountRow = { key: string | null; n: bigint | number };

const counts = (rows: CountRow[]): PublicCount[] =>
  rows.filter((row) => row.key !== null).map((row) => ({ key: String(row.key), count: Number(row.n) }));

/** Counts by status and position of the filtered set; by mechanism, theme and SDG target of everything published. */
export function readBoardCounts(
  db: ReadModelDatabase,
  filters: PublicFilters,
): Omit<PublicBoard, 'items' | 'page' | 'pageSize'> {
  const params = filterParams(filters);
  const grouped = (column: 'status' | 'position') =>
    counts(
      db
        .prepare<[FilterParams], CountRow>(
          `SELECT r.${column} AS key, count(*) AS n FROM ${T.recommendations} r WHERE ${FILTER_SQL}
           GROUP BY r.${column} ORDER BY n DESC, key`,
        )
        .all(params),
    );
  const tags = (kind: 'theme' | 'sdg') =>
    counts(
      db
        .prepare<[string], CountRow>(
          `SELECT value AS key, count(*) AS n FROM ${T.tags} WHERE kind = ? GROUP BY value ORDER BY value`,
        )
        .all(kind),
    );
  const byStatus = grouped('status');
  return {
    total: byStatus.reduce((sum, group) => sum + group.count, 0),
    byStatus,
    byPosition: grouped('position'),
    byMechanism: counts(
      db
        .prepare<[], CountRow>(
          `SELECT mechanism AS key, count(*) AS n FROM ${T.recommendations} GROUP BY mechanism ORDER BY mechanism`,
        )
        .all(),
    ),
    byTheme: tags('theme'),
    bySdg: tags('sdg'),
  };
}
