import { join } from 'node:path';
import type { EventStore } from './event-store.port';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { SqliteEventStore, type SqliteSynchronous } from './sqlite/sqlite-event-store';

export interface EventStoreSelection {
  kind: 'sqlite' | 'eventstoredb';
  /** Where the embedded store's file lives. */
  dataDir: string;
  synchronous?: SqliteSynchronous;
  connectionString?: string;
  /** Embedded store: how often live subscribers look for appends made by other connections. */
  pollMs?: number;
}

export const EMBEDDED_STORE_FILE = 'events.db';

/** Opens the store the configuration names; the API and every CLI command go through here. */
export function createEventStore(selection: EventStoreSelection): EventStore {
  switch (selection.kind) {
    case 'sqlite':
      return new SqliteEventStore({
        file: join(selection.dataDir, EMBEDDED_STORE_FILE),
        synchronous: selection.synchronous,
        pollMs: selection.pollMs,
      });
    case 'eventstoredb':
      if (!selection.connectionString)
        throw new Error('EVENTSTORE_CONNECTION_STRING is required with EVENT_STORE=eventstoredb');
      return new EventStoreDbEventStore({ connectionString: selection.connectionString });
  }
}
