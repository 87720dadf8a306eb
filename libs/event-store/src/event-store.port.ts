/** Global log position: grows with every append and is never reused. */
export type Position = bigint;

/** What the writer believes about the stream; mirrors EventStoreDB's expected revision. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type JsonObject = { [key: string]: unknown };

export interface EventToAppend {
  /** A UUID chosen by the writer; re-appending the same ids at the same revisions is a no-op. */
  id: string;
  type: string;
  data: JsonObject;
  metadata?: JsonObject;
}

export interface RecordedEvent {
  id: string;
  stream: string;
  revision: bigint;
  position: Position;
  type: string;
  data: JsonObject;
  metadata: JsonObject;
  /** When the store wrote it (ISO 8601 UTC). */
  recordedAt: string;
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  /** The stream's last revision after the append. */
  nextExpectedRevision: bigint;
  /** Position of the last event written (or already stored, for an idempotent retry). */
  position: Position;
}

/** One stream's part of a multi-stream append. */
export interface StreamWrite {
  stream: string;
  events: readonly EventToAppend[];
  expectedRevision: ExpectedRevision;
}

export interface ReadStreamOptions {
  /** Inclusive; defaults to the start (forwards) or the end (backwards). */
  fromRevision?: bigint | 'start' | 'end';
  direction?: 'forwards' | 'backwards';
  maxCount?: number;
}

export interface EventFilter {
  /** Matches streams whose name starts with any of these. */
  streamNamePrefixes?: readonly string[];
  /** Matches events whose type is any of these. */
  eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Defaults to the start of the log. */
  fromPosition?: Position | 'start';
  maxCount?: number;
  filter?: EventFilter;
}

export interface SubscribeToAllOptions {
  /** Exclusive: the first event yielded is the first one after this position. */
  fromPosition?: Position | 'start';
  filter?: EventFilter;
  /** Ends the subscription cleanly. */
  signal?: AbortSignal;
}

export type SubscriptionMessage =
  | { kind: 'event'; event: RecordedEvent }
  /** Sent once, when every event stored at subscription time has been yielded; `position` is the last one seen. */
  | { kind: 'caught-up'; position: Position };

export interface StoreHealth {
  ok: boolean;
  store: string;
  position: Position;
  detail?: string;
}

/** The event store port: EventStoreDB's semantics, so every adapter behaves the same. */
export interface EventStore {
  readonly kind: string;
  append(stream: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult>;
  /**
   * True: `appendMany` stores every write or none. False: it writes them in order and stops at the first refusal,
   * leaving the earlier ones stored (EventStoreDB has no multi-stream transaction).
   */
  readonly atomicAppendMany: boolean;
  /** Appends to several streams, each with its own expected revision; answers one result per write, in order. */
  appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]>;
  /** Events of one stream; an empty list when the stream does not exist. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeToAllOptions): AsyncIterable<SubscriptionMessage>;
  /** Position of the last event in the log (0 when empty). */
  headPosition(): Promise<Position>;
  health(): Promise<StoreHealth>;
  /** Ends live subscriptions and releases the store. */
  close(): Promise<void>;
}

export const START: Position = 0n;
export const DEFAULT_READ_COUNT = 1000;
