import type { TableDefinition } from '@app/projections';

/** The progress-reports read model's own tables: it keeps what it needs of actions so it depends on no other model. */
export const REPORT_TABLES = {
  reports: 'progress_reports',
  values: 'progress_report_values',
  actions: 'report_actions',
  members: 'report_action_institutions',
} as const;

export const PROGRESS_REPORT_TABLES: readonly TableDefinition[] = [
  {
    name: REPORT_TABLES.reports,
    // `submitted_at` is the latest (re)submission: the validation queue's order, oldest first.
    columns: `report_id TEXT PRIMARY KEY, action_id TEXT NOT NULL, institution_id TEXT NOT NULL,
      status TEXT NOT NULL, period_start TEXT NOT NULL, period_end TEXT NOT NULL, narrative TEXT NOT NULL,
      evidence TEXT NOT NULL, submitted_at TEXT NOT NULL, submitted_by TEXT NOT NULL, first_submitted_at TEXT NOT NULL,
      returned_comment TEXT, validated_at TEXT, validated_by TEXT, validated_comment TEXT,
      published INTEGER NOT NULL DEFAULT 0, revision INTEGER NOT NULL, updated_at TEXT NOT NULL`,
    indexes: ['action_id, status', 'institution_id, status', 'status, submitted_at'],
  },
  {
    name: REPORT_TABLES.values,
    columns: `report_id TEXT NOT NULL, indicator_id TEXT NOT NULL, value REAL NOT NULL, note TEXT,
      PRIMARY KEY (report_id, indicator_id)`,
    withoutRowid: true,
  },
  {
    name: REPORT_TABLES.actions,
    columns: `action_id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, number TEXT NOT NULL, title TEXT NOT NULL,
      status TEXT NOT NULL, target_date TEXT`,
    indexes: ['plan_id'],
  },
  {
    name: REPORT_TABLES.members,
    // role is `lead` or `supporting`: a focal point sees and reports on the actions their institution is one of.
    columns: `action_id TEXT NOT NULL, institution_id TEXT NOT NULL, role TEXT NOT NULL,
      PRIMARY KEY (action_id, institution_id, role)`,
    withoutRowid: true,
    indexes: ['institution_id'],
  },
];
