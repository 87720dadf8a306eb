import {
  EventStoreDbEventStore,
  InvalidAppendError,
  type RecordedEvent,
  type SubscriptionMessage,
} from '@app/event-store';
import { newEvent } from '@app/testing';
import { randomUUID } from 'node:crypto';
import { startEventStoreDbDouble, type EventStoreDbDouble } from './support/eventstoredb-double';

/** Reads a subscription in the background, so a test can act while it runs. */
function follow(messages: AsyncIterable<SubscriptionMessage>) {
  const events: RecordedEvent[] = [];
  let caughtUp = 0;
  let failure: unknown;
  const done = (async () => {
    for await (const message of messages) {
      if (message.kind === 'event') events.push(message.event);
      else caughtUp += 1;
    }
  })().catch((error: unknown) => (failure = error));
  const until = async (predicate: () => boolean, timeoutMs = 10_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (failure !== undefined) throw failure;
      if (Date.now() > deadline) throw new Error(`Timed out with ${events.length} events received`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return { events, caughtUpCount: () => caughtUp, until, done };
}

const numbers = (events: RecordedEvent[]): unknown[] => events.map((event) => event.data.n);
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describe('eventstoredb adapter over the gRPC test double', () => {
  let double: EventStoreDbDouble;
  let store: EventStoreDbEventStore;

  beforeEach(async () => {
    double = await startEventStoreDbDouble();
    store = new EventStoreDbEventStore({
      connectionString: double.connectionString,
      resubscribeDelays: { firstMs: 20, maxMs: 200 },
    });
  });
  afterEach(async () => {
    await store.close();
    await double.stop();
  });

  it('resumes a live subscription after its connection drops, with no gap and no duplicate', async () => {
    const stream = `resume-${randomUUID()}`;
    await double.store.append(
      stream,
      range(0, 3).map((n) => newEvent('Numbered', { n })),
      { expectedRevision: 'no_stream' },
    );
    const controller = new AbortController();
    const subscription = follow(
      store.subscribeToAll({ signal: controller.signal, filter: { streamNamePrefixes: [stream] } }),
    );
    await subscription.until(() => subscription.caughtUpCount() === 1 && subscription.events.length === 3);

    expect(double.dropConnections()).toBeGreaterThan(0);
    // Written while the client is cut off: the resubscription must catch up on them.
    await double.store.append(
      stream,
      range(3, 6).map((n) => newEvent('Numbered', { n })),
      { expectedRevision: 2n },
    );
    await subscription.until(() => subscription.events.length >= 6);

    expect(double.dropConnections()).toBeGreaterThan(0);
    await store.append(stream, [newEvent('Numbered', { n: 6 })], { expectedRevision: 5n });
    await subscription.until(() => subscription.events.length >= 7);
    controller.abort();
    await subscription.done;

    expect(numbers(subscription.events)).toEqual(range(0, 7));
    expect(subscription.events.map((event) => event.revision)).toEqual(range(0, 7).map(BigInt));
    expect(subscription.caughtUpCount()).toBe(1);
  });

  it('resumes in the middle of catching up without replaying what it already yielded', async () => {
    const stream = `catch-up-${randomUUID()}`;
    const total = 1500;
    for (let start = 0; start < total; start += 250) {
      const batch = range(start, start + 250).map((n) => newEvent('Numbered', { n }));
      await double.store.append(stream, batch, {
        expectedRevision: start === 0 ? 'no_stream' : BigInt(start - 1),
      });
    }
    const controller = new AbortController();
    const subscription = follow(
      store.subscribeToAll({ signal: controller.signal, filter: { eventTypes: ['Numbered'] } }),
    );
    await subscription.until(() => subscription.events.length >= 200);
    expect(subscription.caughtUpCount()).toBe(0);
    expect(double.dropConnections()).toBeGreaterThan(0);
    await subscription.until(() => subscription.caughtUpCount() === 1);
    controller.abort();
    await subscription.done;

    expect(numbers(subscription.events)).toEqual(range(0, total));
  });

  it('says "caught up" only after every stored event, even to a consumer slower than the server', async () => {
    const stream = `slow-${randomUUID()}`;
    await double.store.append(
      stream,
      range(0, 100).map((n) => newEvent('Numbered', { n })),
      { expectedRevision: 'no_stream' },
    );
    const controller = new AbortController();
    const kinds: string[] = [];
    for await (const message of store.subscribeToAll({
      signal: controller.signal,
      filter: { streamNamePrefixes: [stream] },
    })) {
      kinds.push(message.kind);
      if (message.kind === 'caught-up') controller.abort();
      // Lets the client buffer what the server sends meanwhile, "caught up" included.
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(kinds).toEqual([...range(0, 100).map(() => 'event'), 'caught-up']);
  });

  it('retries an append cut by a dropped connection and reads it back once', async () => {
    const stream = `retry-${randomUUID()}`;
    await store.append(stream, [newEvent('Numbered', { n: 0 })], { expectedRevision: 'no_stream' });
    double.dropConnections();
    const result = await store.append(stream, [newEvent('Numbered', { n: 1 })], { expectedRevision: 0n });
    expect(result.nextExpectedRevision).toBe(1n);
    expect(numbers(await store.readStream(stream))).toEqual([0, 1]);
  });

  it("refuses an append over the server's maximum append size with a clear error and writes nothing", async () => {
    const stream = `big-${randomUUID()}`;
    const tooBig = newEvent('Big', { text: 'x'.repeat(1024 * 1024 + 1) });
    const refused = store.append(stream, [tooBig], { expectedRevision: 'no_stream' });
    await expect(refused).rejects.toBeInstanceOf(InvalidAppendError);
    await expect(refused).rejects.toThrow(/EVENTSTORE_MAX_APPEND_SIZE/);
    expect(await store.readStream(stream)).toEqual([]);
  });

  it('connects through cluster discovery (esdb+discover://)', async () => {
    const discovered = new EventStoreDbEventStore({ connectionString: double.discoverConnectionString });
    try {
      const stream = `discover-${randomUUID()}`;
      const { position } = await discovered.append(stream, [newEvent('Numbered', { n: 1 })], {
        expectedRevision: 'no_stream',
      });
      expect(numbers(await store.readStream(stream))).toEqual([1]);
      expect(await discovered.headPosition()).toBe(position);
    } finally {
      await discovered.close();
    }
  });

  it('reports health with the head position, and unhealthy once the server is gone', async () => {
    const { position } = await store.append(`health-${randomUUID()}`, [newEvent()], {
      expectedRevision: 'any',
    });
    expect(await store.health()).toEqual({ ok: true, store: 'eventstoredb', position });
    await double.stop();
    const health = await store.health();
    expect(health.ok).toBe(false);
    expect(health.detail).toEqual(expect.any(String));
    double = await startEventStoreDbDouble();
  });
});
