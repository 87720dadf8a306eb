import type { RecordedEvent } from '@app/event-store';
import type { ReadModelDatabase } from './read-model-database';
import type { TableTarget } from './table-ddl';

/** An event a projection could not apply, kept until a retry applies it. */
export interface ParkedEvent {
  position: bigint;
  stream: string;
  revision: bigint;
  type: string;
  error: string;
  parkedAt: string;
  attempts: number;
}

interface ParkedRow {
  position: bigint;
  stream: string;
  revision: bigint;
  type: string;
  error: string;
  parked_at: string;
  attempts: bigint;
}

/** Parked events per projection, for the live tables and for a rebuild's shadow ones; written in the caller's transaction. */
export class ParkedEventStore {
  constructor(
    private readonly db: ReadModelDatabase,
    private readonly wallClock: () => Date,
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS projection_parked_events (
      name TEXT NOT NULL,
      target TEXT NOT NULL,
      position INTEGER NOT NULL,
      stream TEXT NOT NULL,
      revision INTEGER NOT NULL,
      type TEXT NOT NULL,
      error TEXT NOT NULL,
      parked_at TEXT NOT NULL,
      attempts INTEGER NOT NULL,
      PRIMARY KEY (name, target, position)
    )`);
  }

  park(name: string, target: TableTarget, event: RecordedEvent, error: string, attempts: number): void {
    this.db
      .prepare(
        `INSERT INTO projection_parked_events
           (name, target, position, stream, revision, type, error, parked_at, attempts)
         VALUES (@name, @target, @position, @stream, @revision, @type, @error, @at, @attempts)
         ON CONFLICT (name, target, position) DO UPDATE SET error = excluded.error, attempts = excluded.attempts`,
      )
      .run({
        name,
        target,
        position: event.position,
        stream: event.stream,
        revision: event.revision,
        type: event.type,
        error,
        at: this.wallClock().toISOString(),
        attempts,
      });
  }

  list(name: string, target: TableTarget = 'live'): ParkedEvent[] {
    return this.db
      .prepare<[string, string], ParkedRow>(
        `SELECT position, stream, revision, type, error, parked_at, attempts FROM projection_parked_events
         WHERE name = ? AND target = ? ORDER BY position`,
      )
      .all(name, target)
      .map(({ parked_at, attempts, ...row }) => ({
        ...row,
        parkedAt: parked_at,
        attempts: Number(attempts),
      }));
  }

  /** The streams with a parked event: their later events wait behind it, so each stream is applied in order. */
  streams(name: string, target: TableTarget): Map<string, bigint> {
    const rows = this.db
      .prepare<[string, string], { stream: string; position: bigint }>(
        `SELECT stream, MIN(position) AS position FROM projection_parked_events
         WHERE name = ? AND target = ? GROUP BY stream`,
      )
      .all(name, target);
    return new Map(rows.map((row) => [row.stream, row.position]));
  }

  failedAgain(name: string, position: bigint, error: string): void {
    this.db
      .prepare(
        `UPDATE projection_parked_events SET error = ?, attempts = attempts + 1
         WHERE name = ? AND target = 'live' AND position = ?`,
      )
      .run(error, name, position);
  }

  remove(name: string, position: bigint): void {
    this.db
      .prepare(`DELETE FROM projection_parked_events WHERE name = ? AND target = 'live' AND position = ?`)
      .run(name, position);
  }

  clear(name: string, target: TableTarget): void {
    this.db.prepare('DELETE FROM projection_parked_events WHERE name = ? AND target = ?').run(name, target);
  }

  /** At a rebuild's swap, the rebuilt list replaces the live one. */
  promoteShadow(name: string): void {
    this.clear(name, 'live');
    this.db
      .prepare(`UPDATE projection_parked_events SET target = 'live' WHERE name = ? AND target = 'shadow'`)
      .run(name);
  }
}
