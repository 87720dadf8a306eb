import type { TableDefinition } from '@app/projections';

/** The actions projection's tables; other read models (progress reports) join on action_id and institution_id. */
export const ACTION_TABLES = {
  institutions: 'institutions',
  actions: 'actions',
  actionInstitutions: 'action_institutions',
  actionLinks: 'action_links',
  indicators: 'indicators',
  indicatorDueDates: 'indicator_due_dates',
  plans: 'action_plans',
  planLinks: 'action_plan_links',
} as const;

export const ACTIONS_PROJECTION_TABLES: readonly TableDefinition[] = [
  {
    name: ACTION_TABLES.institutions,
    columns: `institution_id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ru TEXT, name_tk TEXT,
      kind TEXT NOT NULL, abbreviation TEXT, revision INTEGER NOT NULL, position INTEGER NOT NULL`,
  },
  {
    name: ACTION_TABLES.actions,
    // `implied`: 1 while the action is known only from plan links (no action stream yet); `view` is the fold.
    columns: `action_id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, number TEXT NOT NULL, title TEXT NOT NULL,
      lead_institution_id TEXT, start_date TEXT, target_date TEXT, status TEXT NOT NULL,
      implied INTEGER NOT NULL, revision INTEGER NOT NULL, position INTEGER NOT NULL, view TEXT NOT NULL`,
    indexes: ['plan_id, number', 'lead_institution_id'],
  },
  {
    name: ACTION_TABLES.actionInstitutions,
    columns: `action_id TEXT NOT NULL, institution_id TEXT NOT NULL, role TEXT NOT NULL,
      PRIMARY KEY (action_id, institution_id)`,
    withoutRowid: true,
    indexes: ['institution_id'],
  },
  {
    name: ACTION_TABLES.actionLinks,
    columns: `action_id TEXT NOT NULL, recommendation_id TEXT NOT NULL, position INTEGER NOT NULL,
      PRIMARY KEY (action_id, recommendation_id)`,
    withoutRowid: true,
    indexes: ['recommendation_id'],
  },
  {
    name: ACTION_TABLES.indicators,
    columns: `action_id TEXT NOT NULL, indicator_id TEXT NOT NULL, ordinal INTEGER NOT NULL, name TEXT NOT NULL,
      unit TEXT NOT NULL, baseline REAL, target REAL, frequency_months INTEGER NOT NULL,
      schedule_start TEXT NOT NULL, PRIMARY KEY (action_id, indicator_id)`,
    withoutRowid: true,
  },
  {
    name: ACTION_TABLES.indicatorDueDates,
    columns: `action_id TEXT NOT NULL, indicator_id TEXT NOT NULL, due_date TEXT NOT NULL,
      PRIMARY KEY (action_id, indicator_id, due_date)`,
    withoutRowid: true,
    indexes: ['due_date'],
  },
  {
    // The plan's end bounds the indicators' due dates.
    name: ACTION_TABLES.plans,
    columns: `plan_id TEXT PRIMARY KEY, period_end TEXT NOT NULL`,
  },
  {
    // Which action each recommendation's plan link names, so a changed actionRef moves the link.
    name: ACTION_TABLES.planLinks,
    columns: `recommendation_id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, action_id TEXT`,
  },
];
