import { join } from 'node:path';
import type { EventStore } from './event-store.port';
import { SqliteEventStore, type SqliteSynchronous } from './sqlite/sqlite-event-store';

export interface EventStoreSelection {
  kind: 'sqlite' | 'eventstoredb';
  /** Where the embedded store's file lives. */
  dataDir: string;
  synchronous?: SqliteSynchronous;
  connectionString?: string;
}

export const EMBEDDED_STORE_FILE = 'events.db';

/** Opens the store the configuration names; the API and every CLI command go through here. */
export function createEventStore(selection: EventStoreSelection): EventStore {
  switch (selection.kind) {
    case 'sqlite':
      return new SqliteEventStore({
        file: join(selection.dataDir, EMBEDDED_STORE_FILE),
        synchronous: selection.synchronous,
      });
    case 'eventstoredb':
      throw new Error('The eventstoredb adapter is not wired yet');
  }
}
