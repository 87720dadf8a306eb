import type { TableDefinition } from '@app/projections';

/** Table names the queries read; the runtime keeps a shadow copy of each while rebuilding. */
export const TABLES = {
  recommendations: 'recommendations',
  transitions: 'recommendation_transitions',
  tags: 'recommendation_tags',
  parties: 'recommendation_parties',
  search: 'recommendation_search',
  plans: 'plans',
  feed: 'feed',
  feedStatus: 'feed_status',
  translations: 'recommendation_translations',
  translationSearch: 'recommendation_translation_search',
  links: 'recommendation_links',
} as const;

/** Model version 2's source, one column per filter; `*_key` and `language` hold lookup keys (source-columns.ts). */
const SOURCE_COLUMNS = `mechanism_kind TEXT NOT NULL, mechanism_body TEXT, state_under_review TEXT,
      upr_cycle INTEGER, upr_session INTEGER, document_symbol TEXT, external_id TEXT, source_response TEXT,
      source_response_key TEXT, language TEXT NOT NULL`;

export const LIFECYCLE_TABLES: readonly TableDefinition[] = [
  {
    name: TABLES.recommendations,
    // `seq` is the proposal's log position: stable, unique and in creation order, so it is the list's cursor.
    columns: `seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, reference TEXT NOT NULL,
      reference_key TEXT NOT NULL, status TEXT NOT NULL,
      position TEXT, plan_id TEXT, review_due_date TEXT,
      plan_target_date TEXT, revision INTEGER NOT NULL, updated_at TEXT NOT NULL, view TEXT NOT NULL,
      mechanism_grade TEXT, published INTEGER NOT NULL DEFAULT 0, ${SOURCE_COLUMNS}`,
    // Few indexes: each costs every write, and the other filters scan a table of at most some 100,000 rows fast.
    indexes: ['status, seq', 'plan_id, status', 'reference_key'],
  },
  {
    name: TABLES.transitions,
    columns: `recommendation_id TEXT NOT NULL, revision INTEGER NOT NULL, position INTEGER NOT NULL,
      type TEXT NOT NULL, from_status TEXT, to_status TEXT NOT NULL, at TEXT NOT NULL, actor_id TEXT NOT NULL,
      actor_role TEXT NOT NULL, PRIMARY KEY (recommendation_id, revision)`,
    withoutRowid: true,
  },
  {
    name: TABLES.tags,
    columns: `recommendation_id TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
      PRIMARY KEY (recommendation_id, kind, value)`,
    withoutRowid: true,
    indexes: ['kind, value'],
  },
  {
    name: TABLES.parties,
    // name_key and iso3 are the lookup keys of `?party=` (case-insensitive in every script, as reference_key).
    columns: `recommendation_id TEXT NOT NULL, ordinal INTEGER NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,
      iso3 TEXT, regional_group TEXT, PRIMARY KEY (recommendation_id, ordinal)`,
    withoutRowid: true,
    indexes: ['name_key', 'iso3'],
  },
  {
    name: TABLES.search,
    // The rowid is the recommendation's `seq`; unicode61 folds case in every script, Cyrillic included.
    columns: `reference, text, tokenize = 'unicode61 remove_diacritics 2'`,
    fts5: true,
  },
  {
    name: TABLES.translations,
    // One row per language, the latest translation; `language_key` is the tag lowercased, as tags compare.
    // `search_rowid` is the rowid of its text in the translation search table (the adding event's log position).
    columns: `recommendation_id TEXT NOT NULL, language_key TEXT NOT NULL, language TEXT NOT NULL,
      text TEXT NOT NULL, translated_by TEXT NOT NULL, added_at TEXT NOT NULL, search_rowid INTEGER NOT NULL,
      PRIMARY KEY (recommendation_id, language_key)`,
    withoutRowid: true,
  },
  {
    name: TABLES.translationSearch,
    // Searched beside the original's text; `seq` names the recommendation as the original's rowid does.
    columns: `seq UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2'`,
    fts5: true,
  },
  {
    name: TABLES.links,
    // One row per declared link; `from_id` declared it, and `to_id`'s page reads it back as incoming.
    columns: `from_id TEXT NOT NULL, kind TEXT NOT NULL, to_id TEXT NOT NULL, linked_at TEXT NOT NULL,
      PRIMARY KEY (from_id, kind, to_id)`,
    withoutRowid: true,
    indexes: ['to_id'],
  },
  {
    name: TABLES.plans,
    columns: `id TEXT PRIMARY KEY, title TEXT NOT NULL, period_start TEXT NOT NULL, period_end TEXT NOT NULL,
      registered_at TEXT NOT NULL, position INTEGER NOT NULL`,
  },
];

export const FEED_TABLES: readonly TableDefinition[] = [
  {
    name: TABLES.feed,
    columns: `position INTEGER PRIMARY KEY, recommendation_id TEXT NOT NULL, type TEXT NOT NULL,
      status TEXT NOT NULL, at TEXT NOT NULL`,
    indexes: ['recommendation_id, position'],
  },
  {
    // The status each recommendation is in, for the events that keep it (corrections, translations).
    name: TABLES.feedStatus,
    columns: `recommendation_id TEXT PRIMARY KEY, status TEXT NOT NULL`,
  },
];
