import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  StreamNotFoundError,
  jsonEvent,
  type AllStreamResolvedEvent,
  type Position as ClientPosition,
  type ReadPosition,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { setTimeout as sleep } from 'node:timers/promises';
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
import { checkEventsToAppend, checkStreamName } from '../event-store.validation';
import { isConnectionError, toPortAppendError } from './client-errors';
import { clientPositionOf, isSystemEvent, toClientPosition, toRecordedEvent } from './recorded-event';
import { resumableSubscription, type ResubscribeDelays } from './resumable-subscription';
import { acceptsEvent } from './server-filter';

export interface EventStoreDbEventStoreOptions {
  /** `esdb://host:2113?tls=false`, `esdb+discover://…`: see docs/eventstoredb.md. */
  connectionString: string;
  /** Backoff between resubscriptions after a dropped connection (default 100 ms doubling to 5 s). */
  resubscribeDelays?: ResubscribeDelays;
  /** Extra attempts for a read or an append cut by a dropped connection (default 2); appends stay idempotent. */
  retries?: number;
  /** Events fetched per request when reading $all page by page (default 500). */
  pageSize?: number;
  /** How long `health()` waits for the server (default 5 s). */
  healthTimeoutMs?: number;
}

/** The production event store: EventStoreDB through its gRPC client, with the port's semantics. */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb';
  /** The gRPC client appends to one stream per call: no transaction spans two streams. */
  readonly atomicAppendMany = false;
  private readonly client: EventStoreDBClient;
  private readonly closing = new AbortController();
  private readonly pageSize: number;

  constructor(private readonly options: EventStoreDbEventStoreOptions) {
    this.client = EventStoreDBClient.connectionString(options.connectionString);
    this.pageSize = options.pageSize ?? 500;
  }

  async append(
    stream: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.assertOpen();
    checkStreamName(stream);
    checkEventsToAppend(events);
    const expected = options.expectedRevision;
    if (events.length === 0) return this.appendNothing(stream, expected);
    const proposed = events.map((event) =>
      jsonEvent({ id: event.id.toLowerCase(), type: event.type, data: event.data, metadata: event.metadata }),
    );
    const result = await this.retrying(() =>
      this.client.appendToStream(stream, proposed, { expectedRevision: expected }),
    ).catch((error: unknown) => {
      throw toPortAppendError(error, stream, expected);
    });
    // Servers answer an idempotent retry without a position: the stored last event has it.
    const position = result.position?.commit ?? (await this.positionOf(stream, result.nextExpectedRevision));
    return { nextExpectedRevision: result.nextExpectedRevision, position };
  }

  /** In order, one stream at a time; every write is checked before the first is sent. */
  async appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    this.assertOpen();
    for (const write of writes) {
      checkStreamName(write.stream);
      checkEventsToAppend(write.events);
    }
    const results: AppendResult[] = [];
    for (const write of writes) {
      results.push(
        await this.append(write.stream, write.events, { expectedRevision: write.expectedRevision }),
      );
    }
    return results;
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    checkStreamName(stream);
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    const read = () =>
      this.client.readStream(stream, {
        fromRevision: from === 'start' ? START : from === 'end' ? END : from,
        direction: backwards ? BACKWARDS : FORWARDS,
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
      });
    try {
      const resolved = await this.retrying(() => collect(read()));
      return resolved.map(toRecordedEvent).filter((event): event is RecordedEvent => event !== undefined);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    let lastSeen =
      options.fromPosition === undefined || options.fromPosition === 'start' ? 0n : options.fromPosition;
    let cursor: ClientPosition | 'start' = toClientPosition(lastSeen);
    const maxCount = options.maxCount ?? DEFAULT_READ_COUNT;
    const found: RecordedEvent[] = [];
    while (found.length < maxCount) {
      // The server reads from a position inclusively: one more than needed covers the event at the cursor.
      const count = options.filter ? this.pageSize : Math.min(this.pageSize, maxCount - found.length + 1);
      const from: ReadPosition = cursor === 'start' ? START : cursor;
      const page = await this.retrying(() =>
        collect(this.client.readAll({ fromPosition: from, maxCount: count })),
      );
      for (const resolved of page) {
        const position = clientPositionOf(resolved);
        if (position.commit <= lastSeen) continue;
        lastSeen = position.commit;
        cursor = position;
        const event = resolved.event;
        if (!event || !acceptsEvent(event, options.filter) || found.length >= maxCount) continue;
        const recorded = toRecordedEvent(resolved);
        if (recorded) found.push(recorded);
      }
      if (page.length < count) break;
    }
    return found;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AsyncIterable<SubscriptionMessage> {
    const context = {
      client: this.client,
      closed: this.closing.signal,
      delays: this.options.resubscribeDelays ?? { firstMs: 100, maxMs: 5_000 },
    };
    return resumableSubscription(context, options);
  }

  /** The position of the newest application event: $all read backwards past the server's own events. */
  async headPosition(): Promise<Position> {
    this.assertOpen();
    let from: ReadPosition = END;
    for (;;) {
      const start = from;
      const page = await this.retrying(() =>
        collect(this.client.readAll({ fromPosition: start, direction: BACKWARDS, maxCount: this.pageSize })),
      );
      const newest = page.find((resolved) => resolved.event && !isSystemEvent(resolved.event));
      if (newest) return clientPositionOf(newest).commit;
      if (page.length < this.pageSize) return 0n;
      from = clientPositionOf(page[page.length - 1]);
    }
  }

  async health(): Promise<StoreHealth> {
    const timeoutMs = this.options.healthTimeoutMs ?? 5_000;
    const timer = new AbortController();
    const timeout = sleep(timeoutMs, undefined, { signal: timer.signal, ref: false }).then(
      () => Promise.reject(new Error(`EventStoreDB did not answer within ${timeoutMs} ms`)),
      () => new Promise<never>(() => undefined),
    );
    try {
      return { ok: true, store: this.kind, position: await Promise.race([this.headPosition(), timeout]) };
    } catch (error) {
      return { ok: false, store: this.kind, position: 0n, detail: (error as Error).message };
    } finally {
      timer.abort();
    }
  }

  async close(): Promise<void> {
    if (this.closing.signal.aborted) return;
    this.closing.abort();
    await this.client.dispose();
  }

  /** An empty append writes nothing but still answers, and refuses, as the expected revision says. */
  private async appendNothing(stream: string, expected: ExpectedRevision): Promise<AppendResult> {
    const [last] = await this.readStream(stream, { direction: 'backwards', maxCount: 1 });
    const current = last?.revision;
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && current === undefined) ||
      (expected === 'stream_exists' && current !== undefined) ||
      expected === current;
    if (!ok) throw new WrongExpectedVersionError(stream, expected, current ?? 'no_stream');
    return { nextExpectedRevision: current ?? -1n, position: await this.headPosition() };
  }

  private async positionOf(stream: string, revision: bigint): Promise<Position> {
    const [stored] = await this.readStream(stream, { fromRevision: revision, maxCount: 1 });
    if (!stored) throw new Error(`EventStoreDB acknowledged ${stream}@${revision} but cannot read it back`);
    return stored.position;
  }

  /** Runs a request again after a dropped connection; the client reconnects on the next call. */
  private async retrying<T>(request: () => Promise<T>): Promise<T> {
    const retries = this.options.retries ?? 2;
    for (let attempt = 0; ; attempt++) {
      try {
        return await request();
      } catch (error) {
        if (attempt >= retries || !isConnectionError(error) || this.closing.signal.aborted) throw error;
        await sleep(50 * (attempt + 1));
      }
    }
  }

  private assertOpen(): void {
    if (this.closing.signal.aborted) throw new StoreClosedError();
  }
}

async function collect<T extends ResolvedEvent | AllStreamResolvedEvent>(
  read: AsyncIterable<T>,
): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}
