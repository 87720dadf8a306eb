import Database from 'better-sqlite3';
import { StoreClosedError, WrongExpectedVersionError } from '../event-store.errors';
import {
  DEFAULT_READ_COUNT,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StoreHealth,
  type StreamWrite,
  type SubscribeToAllOptions,
  type SubscriptionMessage,
} from '../event-store.port';
import { checkEventsToAppend, checkStreamName, matchesFilter } from '../event-store.validation';
import { AppendWaiters } from './append-waiters';
import { restrictDatabaseFile } from './private-database-file';
import { GroupCommit, type AppendOutcome, type PendingAppend } from './group-commit';
import { SqliteStatements } from './sqlite-statements';
import { SQLITE_SCHEMA, type EventRow } from './sqlite-schema';

export type SqliteSynchronous = 'FULL' | 'NORMAL';

export interface SqliteEventStoreOptions {
  /** Path of the database file; ':memory:' for a private in-memory store. */
  file: string;
  /** FULL (default): an acknowledged append survives power loss. NORMAL: it survives a process crash. */
  synchronous?: SqliteSynchronous;
  /** How long a writer waits for another process's lock before failing. */
  busyTimeoutMs?: number;
  /** How often live subscribers look for appends made by other processes. */
  pollMs?: number;
  /** Rows read per page while catching up. */
  pageSize?: number;
  clock?: () => Date;
}

/** The embedded event store: one SQLite file in WAL mode, EventStoreDB's append and read semantics. */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite';
  readonly atomicAppendMany: boolean = true;
  private readonly db: Database.Database;
  private readonly sql: SqliteStatements;
  private readonly waiters: AppendWaiters;
  private readonly pageSize: number;
  private readonly appendOne: Database.Transaction<SqliteEventStore['appendWrites']>;
  private readonly group: GroupCommit;
  private readonly clock: () => Date;
  private closed = false;

  constructor(private readonly options: SqliteEventStoreOptions) {
    restrictDatabaseFile(options.file);
    this.db = new Database(options.file, { timeout: options.busyTimeoutMs ?? 10_000 });
    this.db.pragma('journal_mode = WAL');
    restrictDatabaseFile(options.file);
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.defaultSafeIntegers(true);
    this.db.exec(SQLITE_SCHEMA);
    this.sql = new SqliteStatements(this.db);
    // Prepared once: db.pragma() compiles a new statement on every call, and every subscriber wake-up asks.
    const dataVersion = this.db.prepare('PRAGMA data_version').pluck();
    this.waiters = new AppendWaiters(() => Number(dataVersion.get()), options.pollMs ?? 20);
    this.pageSize = options.pageSize ?? 500;
    this.clock = options.clock ?? (() => new Date());
    // Called inside commitBatch, each append runs in its own savepoint: a failing one is rolled back alone, all its writes.
    this.appendOne = this.db.transaction(this.appendWrites.bind(this));
    const commitBatch = this.db.transaction((batch: PendingAppend[]) =>
      batch.map((append): AppendOutcome => this.tryAppend(append)),
    );
    this.group = new GroupCommit(
      (batch) => commitBatch.immediate(batch),
      () => this.waiters.notify(),
    );
  }

  /** How many append transactions were committed, and how many appends they carried. */
  commitStats(): { transactions: number; appends: number } {
    return this.group.counts();
  }

  get file(): string {
    return this.options.file;
  }

  async append(
    stream: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.assertOpen();
    checkStreamName(stream);
    checkEventsToAppend(events);
    const [result] = await this.group.submit([
      { stream, events, expectedRevision: options.expectedRevision },
    ]);
    return result;
  }

  /** All writes in one savepoint of one transaction: every one is stored, or none. */
  async appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    this.assertOpen();
    for (const write of writes) {
      checkStreamName(write.stream);
      checkEventsToAppend(write.events);
    }
    return this.group.submit(writes);
  }

  private tryAppend(append: PendingAppend): AppendOutcome {
    try {
      return { ok: true, ...this.appendOne(append.writes) };
    } catch (error) {
      return { ok: false, error };
    }
  }

  private appendWrites(writes: readonly StreamWrite[]): { written: boolean; answers: AppendResult[] } {
    const outcomes = writes.map((write) =>
      this.appendRows(write.stream, write.events, write.expectedRevision),
    );
    return { written: outcomes.some((outcome) => outcome.written), answers: outcomes.map((o) => o.answer) };
  }

  private appendRows(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): { written: boolean; answer: AppendResult } {
    const current = this.sql.currentRevision(stream);
    const retried = events.length > 0 ? this.idempotentAnswer(stream, events, expected, current) : undefined;
    if (retried) return { written: false, answer: retried };
    checkExpected(stream, expected, current);
    const recordedAt = this.clock().toISOString();
    let revision = current ?? -1n;
    let position = events.length === 0 ? this.sql.headPosition() : 0n;
    for (const event of events) {
      revision += 1n;
      position = this.sql.insert({
        event_id: event.id.toLowerCase(),
        stream,
        revision,
        type: event.type,
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata ?? {}),
        recorded_at: recordedAt,
      });
    }
    return { written: events.length > 0, answer: { nextExpectedRevision: revision, position } };
  }

  /** A retry of an append already stored (same ids at consecutive revisions of this stream) writes nothing. */
  private idempotentAnswer(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
    current: bigint | undefined,
  ): AppendResult | undefined {
    const stored = events.map((event) => this.sql.byId(event.id.toLowerCase()));
    if (stored.every((row) => row === undefined)) return undefined;
    const first = stored[0];
    const sameAppend =
      first !== undefined &&
      first.stream === stream &&
      stored.every(
        (row, i) => row !== undefined && row.stream === stream && row.revision === first.revision + BigInt(i),
      ) &&
      (typeof expected !== 'bigint' || expected === first.revision - 1n) &&
      (expected !== 'no_stream' || first.revision === 0n);
    if (!sameAppend) throw new WrongExpectedVersionError(stream, expected, current ?? 'no_stream');
    const last = stored[stored.length - 1] as EventRow;
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    checkStreamName(stream);
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const from = options.fromRevision;
    const rows = backwards
      ? this.sql.streamBackwards(
          stream,
          from === undefined || from === 'end' ? null : from === 'start' ? 0n : from,
          maxCount,
        )
      : this.sql.streamForwards(
          stream,
          from === undefined || from === 'start' ? 0n : from === 'end' ? null : from,
          maxCount,
        );
    return rows.map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const after =
      options.fromPosition === undefined || options.fromPosition === 'start' ? 0n : options.fromPosition;
    const maxCount = options.maxCount ?? DEFAULT_READ_COUNT;
    if (!options.filter) return this.sql.allAfter(after, maxCount).map(toRecorded);
    const found: RecordedEvent[] = [];
    let cursor = after;
    while (found.length < maxCount) {
      const page = this.sql.allAfter(cursor, this.pageSize);
      for (const row of page) {
        if (matchesFilter(row, options.filter) && found.length < maxCount) found.push(toRecorded(row));
      }
      if (page.length < this.pageSize) break;
      cursor = page[page.length - 1].position;
    }
    return found;
  }

  async *subscribeToAll(options: SubscribeToAllOptions = {}): AsyncGenerator<SubscriptionMessage> {
    let after =
      options.fromPosition === undefined || options.fromPosition === 'start' ? 0n : options.fromPosition;
    let caughtUp = false;
    const { signal, filter } = options;
    while (!this.closed && !signal?.aborted) {
      const token = this.waiters.token();
      const page = this.sql.allAfter(after, this.pageSize);
      for (const row of page) {
        after = row.position;
        if (!matchesFilter(row, filter)) continue;
        yield { kind: 'event', event: toRecorded(row) };
        if (this.closed || signal?.aborted) return;
      }
      if (page.length === this.pageSize) continue;
      if (!caughtUp) {
        caughtUp = true;
        yield { kind: 'caught-up', position: after };
      }
      await this.waiters.wait(token, signal);
    }
  }

  async headPosition(): Promise<Position> {
    this.assertOpen();
    return this.sql.headPosition();
  }

  async health(): Promise<StoreHealth> {
    try {
      return { ok: true, store: this.kind, position: await this.headPosition() };
    } catch (error) {
      return { ok: false, store: this.kind, position: 0n, detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Appends still waiting are written before the connection goes.
    this.group.drain();
    this.closed = true;
    this.waiters.wakeAll();
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosedError();
  }
}

function checkExpected(stream: string, expected: ExpectedRevision, current: bigint | undefined): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && current === undefined) ||
    (expected === 'stream_exists' && current !== undefined) ||
    (typeof expected === 'bigint' && current === expected);
  if (!ok) throw new WrongExpectedVersionError(stream, expected, current ?? 'no_stream');
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    stream: row.stream,
    revision: row.revision,
    position: row.position,
    type: row.type,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    recordedAt: row.recorded_at,
  };
}
