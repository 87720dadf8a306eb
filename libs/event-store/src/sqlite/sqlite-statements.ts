import type Database from 'better-sqlite3';
import type { EventRow } from './sqlite-schema';

type NewRow = Omit<EventRow, 'position'>;

/** Prepared statements of the embedded store, compiled once per connection. */
export class SqliteStatements {
  private readonly revision: Database.Statement<[string], { revision: bigint | null }>;
  private readonly head: Database.Statement<[], { position: bigint | null }>;
  private readonly insertRow: Database.Statement<[NewRow]>;
  private readonly findById: Database.Statement<[string], EventRow>;
  private readonly forwards: Database.Statement<[string, bigint, number], EventRow>;
  private readonly backwardsFromEnd: Database.Statement<[string, number], EventRow>;
  private readonly backwardsFrom: Database.Statement<[string, bigint, number], EventRow>;
  private readonly after: Database.Statement<[bigint, number], EventRow>;

  constructor(db: Database.Database) {
    this.revision = db.prepare('SELECT max(revision) AS revision FROM events WHERE stream = ?');
    this.head = db.prepare('SELECT max(position) AS position FROM events');
    this.insertRow = db.prepare(
      `INSERT INTO events (event_id, stream, revision, type, data, metadata, recorded_at)
       VALUES (@event_id, @stream, @revision, @type, @data, @metadata, @recorded_at)`,
    );
    this.findById = db.prepare('SELECT * FROM events WHERE event_id = ?');
    this.forwards = db.prepare(
      'SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?',
    );
    this.backwardsFromEnd = db.prepare(
      'SELECT * FROM events WHERE stream = ? ORDER BY revision DESC LIMIT ?',
    );
    this.backwardsFrom = db.prepare(
      'SELECT * FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?',
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
    return this.forwards.all(stream, fromRevision, maxCount);
  }

  streamBackwards(stream: string, fromRevision: bigint | null, maxCount: number): EventRow[] {
    if (fromRevision === null) return this.backwardsFromEnd.all(stream, maxCount);
    return this.backwardsFrom.all(stream, fromRevision, maxCount);
  }

  allAfter(position: bigint, maxCount: number): EventRow[] {
    return this.after.all(position, maxCount);
  }
}
