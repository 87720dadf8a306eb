import type Database from 'better-sqlite3';
import type { EventRow } from './sqlite-schema';

type NewRow = Omit<EventRow, 'position'>;

/** Prepared statements of the embedded store, compiled once per connection. */
export class SqliteStatements {
  private readonly revision: Database.Statement<[string], { revision: bigint | null }>;
  private readonly head: Database.Statement<[], { position: bigint | null }>;
  private readonly insertRow: Database.Statement<[NewRow]>;
  private readonly findById: Database.Statement<[string], EventRow>;
  private readonly forwards: Database.Statement<[string, bigint], EventRow>;
  private readonly backwardsFromEnd: Database.Statement<[string], EventRow>;
  private readonly backwardsFrom: Database.Statement<[string, bigint], EventRow>;
  private readonly after: Database.Statement<[bigint, number], EventRow>;

  constructor(db: Database.Database) {
    this.revision = db.prepare('SELECT max(revision) AS revision FROM events WHERE stream = ?');
    this.head = db.prepare('SELECT max(position) AS position FROM events');
    this.insertRow = db.prepare(
      `INSERT INTO events (event_id, stream, revision, type, data, metadata, recorded_at)
       VALUES (@event_id, @stream, @revision, @type, @data, @metadata, @recorded_at)`,
    );
    this.findById = db.prepare('SELECT * FROM events WHERE event_id = ?');
    // No bound LIMIT on stream reads: with STAT4, SQLite re-plans a statement each time its LIMIT is bound.
    this.forwards = db.prepare(
      'SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC',
    );
    this.backwardsFromEnd = db.prepare('SELECT * FROM events WHERE stream = ? ORDER BY revision DESC');
    this.backwardsFrom = db.prepare(
      'SELECT * FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC',
    );
    this.after = db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?');
  }

  /** The stream's last revision, or undefined when it does not exist. */
  currentRevision(stream: string): bigint | undefined {
    return this.revision.get(stream)?.revision ?? undefined;
  }

  headPosition(): bigint {
    return this.head.get()?.position ?? 0n;
  }

  insert(row: NewRow): bigint {
    return BigInt(this.insertRow.run(row).lastInsertRowid);
  }

  byId(eventId: string): EventRow | undefined {
    return this.findById.get(eventId);
  }

  streamForwards(stream: string, fromRevision: bigint | null, maxCount: number): EventRow[] {
    if (fromRevision === null) return [];
    return take(this.forwards, [stream, fromRevision], maxCount);
  }

  streamBackwards(stream: string, fromRevision: bigint | null, maxCount: number): EventRow[] {
    if (fromRevision === null) return take(this.backwardsFromEnd, [stream], maxCount);
    return take(this.backwardsFrom, [stream, fromRevision], maxCount);
  }

  allAfter(position: bigint, maxCount: number): EventRow[] {
    return this.after.all(position, maxCount);
  }
}

/** At most `maxCount` rows: all of them at once when unbounded, else stepped and stopped early. */
function take<P extends unknown[]>(
  statement: Database.Statement<P, EventRow>,
  params: P,
  maxCount: number,
): EventRow[] {
  if (maxCount >= Number.MAX_SAFE_INTEGER) return statement.all(...params);
  const rows: EventRow[] = [];
  if (maxCount <= 0) return rows;
  for (const row of statement.iterate(...params)) {
    rows.push(row);
    if (rows.length >= maxCount) break;
  }
  return rows;
}
