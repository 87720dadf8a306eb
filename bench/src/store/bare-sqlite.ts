import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { SqliteSynchronous } from '@app/event-store';
import { ratePerSecond } from '../measure';
import { EVENT_TYPE, STREAMS, eventData, eventMetadata } from './event-fixture';

const SCHEMA = `
CREATE TABLE streams (stream TEXT PRIMARY KEY, revision INTEGER NOT NULL);
CREATE TABLE events (
  position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, stream TEXT NOT NULL,
  revision INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL
);`;

/**
 * The floor an event store stands on: one better-sqlite3 transaction per event that reads the stream's revision,
 * inserts the event and updates the revision, with the adapter's durability settings (WAL, same synchronous).
 */
export async function bareAppendRate(
  dir: string,
  synchronous: SqliteSynchronous,
  seconds: number,
): Promise<number> {
  const db = new Database(join(dir, 'bare.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous}`);
    db.exec(SCHEMA);
    const revisionOf = db.prepare('SELECT revision FROM streams WHERE stream = ?').pluck();
    const insert = db.prepare(
      'INSERT INTO events (event_id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const upsert = db.prepare(
      'INSERT INTO streams (stream, revision) VALUES (?, ?) ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision',
    );
    const appendOne = db.transaction((stream: string, n: number) => {
      const current = revisionOf.get(stream) as number | undefined;
      const next = current === undefined ? 0 : current + 1;
      insert.run(
        randomUUID(),
        stream,
        next,
        EVENT_TYPE,
        JSON.stringify(eventData(n)),
        JSON.stringify(eventMetadata()),
      );
      upsert.run(stream, next);
    });
    return await ratePerSecond(seconds, (n) => appendOne.immediate(`bench-${n % STREAMS}`, n));
  } finally {
    db.close();
  }
}
