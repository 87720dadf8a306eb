import type { QueryBus } from '@nestjs/cqrs';
import {
  ListRecommendationsQuery,
  MAX_PAGE_SIZE,
  RecommendationActionNumbersQuery,
  RecommendationExportDetailsQuery,
  decodeCursor,
  type RecommendationFilters,
} from '@app/recommendations';
import { positionOf } from './read-model-params';
import { filtersOf } from './recommendation-filters.dto';
import { exportCells, type Cell } from './recommendation-csv';
import type { RecommendationExportDto } from './recommendation-export.dto';

/** An export under way: the position its first page reflects, and every row, read page by page as they are taken. */
export interface OpenedExport {
  position: bigint;
  rows: AsyncGenerator<Cell[]>;
}

interface RowPage {
  position: bigint;
  rows: Cell[][];
  nextCursor: string | null;
}

async function rowPage(
  queries: QueryBus,
  filters: RecommendationFilters,
  lang: string | undefined,
  after?: bigint,
  consistentWith?: bigint,
): Promise<RowPage> {
  const page = await queries.execute(
    new ListRecommendationsQuery(filters, { limit: MAX_PAGE_SIZE, after }, consistentWith),
  );
  const ids = page.value.items.map((item) => item.id);
  const numbers = await queries.execute(new RecommendationActionNumbersQuery(ids));
  const details = await queries.execute(new RecommendationExportDetailsQuery(ids, lang, consistentWith));
  const rows = page.value.items.map((item) =>
    exportCells({ ...item, actionNumbers: numbers.get(item.id), details: details.value.get(item.id) }),
  );
  return { position: page.position, rows, nextCursor: page.value.nextCursor };
}

async function* remainingRows(
  queries: QueryBus,
  first: RowPage,
  filters: RecommendationFilters,
  lang: string | undefined,
): AsyncGenerator<Cell[]> {
  let page = first;
  for (;;) {
    yield* page.rows;
    if (page.nextCursor === null) return;
    page = await rowPage(queries, filters, lang, decodeCursor(page.nextCursor));
  }
}

/** Reads the first page now, so a query error is still an ordinary problem answer before any byte is sent. */
export async function openExport(queries: QueryBus, query: RecommendationExportDto): Promise<OpenedExport> {
  const filters = filtersOf(query);
  const first = await rowPage(queries, filters, query.lang, undefined, positionOf(query.consistentWith));
  return { position: first.position, rows: remainingRows(queries, first, filters, query.lang) };
}
