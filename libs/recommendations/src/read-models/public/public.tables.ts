import type { TableDefinition } from '@app/projections';

/**
 * The portal's own read model. `public_*` tables hold only what is published, in public fields only, and are the
 * only tables portal queries read; `public_staged_*` keep what is needed to (re)build a row when it is published.
 */
export const PUBLIC_TABLES = {
  recommendations: 'public_recommendations',
  tags: 'public_recommendation_tags',
  actions: 'public_actions',
  links: 'public_action_links',
  reports: 'public_reports',
  institutions: 'public_institution_names',
  stagedRecommendations: 'public_staged_recommendations',
  stagedActions: 'public_staged_actions',
  stagedReports: 'public_staged_reports',
} as const;

export const PUBLIC_PORTAL_TABLES: readonly TableDefinition[] = [
  {
    name: PUBLIC_TABLES.recommendations,
    // `id` joins the model's own tables and is never selected by a portal query: the reference identifies.
    columns: `id TEXT PRIMARY KEY, reference TEXT NOT NULL, text TEXT NOT NULL, language TEXT NOT NULL,
      translations TEXT NOT NULL, mechanism TEXT NOT NULL, body TEXT, parties TEXT NOT NULL,
      state_under_review TEXT, upr_cycle INTEGER, upr_session INTEGER, document_symbol TEXT, document TEXT,
      paragraph TEXT, source_date TEXT, themes TEXT NOT NULL, sdg_targets TEXT NOT NULL,
      affected_groups TEXT NOT NULL, status TEXT NOT NULL, position TEXT, rationale TEXT, plan_id TEXT,
      seq INTEGER NOT NULL`,
    indexes: ['reference', 'seq', 'mechanism, seq', 'status', 'position', 'plan_id'],
  },
  {
    name: PUBLIC_TABLES.tags,
    // kind is `theme` or `sdg`: the board's theme and SDG filters and counts.
    columns: `kind TEXT NOT NULL, value TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, value, id)`,
    withoutRowid: true,
    indexes: ['id'],
  },
  {
    name: PUBLIC_TABLES.actions,
    columns: `action_id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, number TEXT NOT NULL, title TEXT NOT NULL,
      description TEXT, lead_institution_id TEXT, supporting_institution_ids TEXT NOT NULL, start_date TEXT,
      target_date TEXT, status TEXT NOT NULL, indicators TEXT NOT NULL`,
    indexes: ['plan_id, number'],
  },
  {
    name: PUBLIC_TABLES.links,
    // Rows of published actions only; a query shows a link only when the recommendation is published too.
    columns: `action_id TEXT NOT NULL, recommendation_id TEXT NOT NULL, PRIMARY KEY (action_id, recommendation_id)`,
    withoutRowid: true,
    indexes: ['recommendation_id'],
  },
  {
    name: PUBLIC_TABLES.reports,
    // Validated and published reports; a query shows one only when its action is published too.
    columns: `report_id TEXT PRIMARY KEY, action_id TEXT NOT NULL, period_start TEXT NOT NULL,
      period_end TEXT NOT NULL, narrative TEXT NOT NULL, indicator_values TEXT NOT NULL`,
    indexes: ['action_id, period_end'],
  },
  {
    name: PUBLIC_TABLES.institutions,
    // The registry's names (public bodies); a query names only the institutions of published actions.
    columns: `institution_id TEXT PRIMARY KEY, names TEXT NOT NULL`,
  },
  {
    name: PUBLIC_TABLES.stagedRecommendations,
    columns: `id TEXT PRIMARY KEY, state TEXT NOT NULL, translations TEXT NOT NULL, seq INTEGER NOT NULL,
      published INTEGER NOT NULL, rationale_public INTEGER NOT NULL`,
  },
  {
    name: PUBLIC_TABLES.stagedActions,
    columns: `action_id TEXT PRIMARY KEY, state TEXT NOT NULL, published INTEGER NOT NULL`,
  },
  {
    name: PUBLIC_TABLES.stagedReports,
    columns: `report_id TEXT PRIMARY KEY, action_id TEXT NOT NULL, status TEXT NOT NULL, content TEXT NOT NULL,
      published INTEGER NOT NULL`,
  },
];
