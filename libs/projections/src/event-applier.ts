import type { RecordedEvent } from '@app/event-store';
import type { Projection } from './projection';
import type { ParkedEventStore } from './parked-event-store';
import type { ReadModelDatabase } from './read-model-database';
import type { TableTarget } from './table-ddl';
import { TableWriter } from './table-writer';

/** SQLite failing as a file (busy, full, read-only, I/O): no event's fault, so the runner fails and retries. */
const STORAGE_FAILURES =
  /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CORRUPT|NOMEM|CANTOPEN|NOTADB|PERM|INTERRUPT)/;

export const isStorageFailure = (error: unknown): boolean =>
  error instanceof Error &&
  error.name === 'SqliteError' &&
  STORAGE_FAILURES.test(String((error as { code?: unknown }).code));

export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Applies events to a projection's live or shadow tables inside the caller's transaction. An event that throws is
 * parked instead (its writes rolled back to a savepoint), and so is every later event of its stream, which must not
 * be applied before it.
 */
export class EventApplier {
  readonly writer: TableWriter;

  constructor(
    private readonly db: ReadModelDatabase,
    private readonly projection: Projection,
    private readonly parked: ParkedEventStore,
    private readonly target: TableTarget,
  ) {
    this.writer = new TableWriter(db, projection, target);
  }

  /** Runs inside a write transaction; the caller moves the checkpoint in the same one. */
  applyAll(events: readonly RecordedEvent[]): void {
    const blocked = this.parked.streams(this.projection.name, this.target);
    if (!events.some((event) => blocked.has(event.stream))) {
      try {
        // One savepoint for the batch keeps the usual path fast; only a batch that fails goes event by event.
        this.savepoint(() => events.forEach((event) => this.project(event)));
        return;
      } catch (error) {
        if (isStorageFailure(error)) throw error;
      }
    }
    for (const event of events) this.applyOrPark(event, blocked);
  }

  /** Applies one event in a savepoint; throws what the projection threw, with nothing of it written. */
  applyOne(event: RecordedEvent): void {
    this.savepoint(() => this.project(event));
  }

  private applyOrPark(event: RecordedEvent, blocked: Map<string, bigint>): void {
    if (!this.projection.handles(event)) return;
    const { name } = this.projection;
    const first = blocked.get(event.stream);
    if (first !== undefined) {
      this.parked.park(
        name,
        this.target,
        event,
        `waits for the parked event at position ${first} of its stream`,
        0,
      );
      return;
    }
    try {
      this.applyOne(event);
    } catch (error) {
      if (isStorageFailure(error)) throw error;
      this.parked.park(name, this.target, event, reasonOf(error), 1);
      blocked.set(event.stream, event.position);
    }
  }

  private project(event: RecordedEvent): void {
    if (this.projection.handles(event)) this.writer.apply(this.projection.project(event, this.writer));
  }

  /** Nested in the caller's transaction, better-sqlite3 makes this a SAVEPOINT and rolls back only to it. */
  private savepoint(work: () => void): void {
    this.db.connection.transaction(work)();
  }
}
