import type { ImportRowError } from '@app/imports';

/** `extended`: the action was there, the import added links or indicators; `failed`: the domain refused a step. */
export type ActionImportOutcome = 'created' | 'extended' | 'unchanged' | 'failed';

/** One action of the file: what the import would do (dry run) or did, step by step. */
export type ActionImportItem = {
  number: string;
  actionId: string;
  rows: number[];
  outcome: ActionImportOutcome;
  /** Recommendations linked (or to link) by this import, not those linked before. */
  recommendationIds: string[];
  /** Indicators defined (or to define) by this import. */
  indicatorIds: string[];
  /** Why a step was refused; the steps before it stay done. */
  problem?: { code: string; message: string };
};

export type ActionImportCounts = Record<ActionImportOutcome, number> & {
  linked: number;
  indicatorsAdded: number;
};

export type ActionImportReport = {
  importId: string;
  planId: string;
  dryRun: boolean;
  fileSha256: string;
  rows: number;
  counts: ActionImportCounts;
  errors: ImportRowError[];
  errorsOmitted?: number;
  actions: ActionImportItem[];
  /** After a commit that appended anything: the log position to read the actions at (`?consistentWith=`). */
  position?: string;
};

export function countsOf(items: readonly ActionImportItem[]): ActionImportCounts {
  const counts: ActionImportCounts = {
    created: 0,
    extended: 0,
    unchanged: 0,
    failed: 0,
    linked: 0,
    indicatorsAdded: 0,
  };
  for (const item of items) {
    counts[item.outcome] += 1;
    counts.linked += item.recommendationIds.length;
    counts.indicatorsAdded += item.indicatorIds.length;
  }
  return counts;
}
