import Database from 'better-sqlite3';
import { join } from 'node:path';
import { EMBEDDED_STORE_FILE, SqliteEventStore } from '@app/event-store';

const PAGE = 500;

/** The floor for catch-up: a bare better-sqlite3 paged scan of the log that parses each event's JSON. */
export function bareScan(dataDir: string): { events: number; seconds: number } {
  const started = performance.now();
  const db = new Database(join(dataDir, EMBEDDED_STORE_FILE), { readonly: true });
  db.defaultSafeIntegers(true);
  const page = db.prepare<[bigint], { position: bigint; data: string; metadata: string }>(
    `SELECT position, event_id, stream, revision, type, data, metadata, recorded_at
     FROM events WHERE position > ? ORDER BY position LIMIT ${PAGE}`,
  );
  let events = 0;
  let checksum = 0;
  try {
    for (let after = 0n; ;) {
      const rows = page.all(after);
      for (const row of rows) {
        // Touch what was parsed, so the work cannot be skipped.
        checksum += Object.keys(JSON.parse(row.data)).length + Object.keys(JSON.parse(row.metadata)).length;
      }
      events += rows.length;
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1].position;
    }
  } finally {
    db.close();
  }
  if (checksum === 0 && events > 0) throw new Error('The scan parsed nothing');
  return { events, seconds: (performance.now() - started) / 1000 };
}

/** The same scan through the adapter's readAll, as the projection runtime reads. */
export async function adapterScan(dataDir: string): Promise<{ events: number; seconds: number }> {
  const started = performance.now();
  const store = new SqliteEventStore({ file: join(dataDir, EMBEDDED_STORE_FILE) });
  let events = 0;
  try {
    for (let after = 0n; ;) {
      const page = await store.readAll({ fromPosition: after, maxCount: PAGE });
      events += page.length;
      if (page.length < PAGE) break;
      after = page[page.length - 1].position;
    }
  } finally {
    await store.close();
  }
  return { events, seconds: (performance.now() - started) / 1000 };
}
