import { randomUUID } from 'node:crypto';
import {
  InvalidAppendError,
  WrongExpectedVersionError,
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
  type SubscriptionMessage,
} from '@app/event-store';

export interface ContractSubject {
  store: EventStore;
  /** Releases everything the subject holds (the store may already be closed). */
  dispose(): Promise<void>;
}

export interface ContractOptions {
  /** Whether the adapter refuses an event id stored before at another revision (a real EventStoreDB does not). */
  refusesReusedIds?: boolean;
  /** Whether `appendMany` stores all writes or none (default), or writes in order up to the first refusal. */
  atomicAppendMany?: boolean;
}

export const newEvent = (type = 'SomethingHappened', data: Record<string, unknown> = {}): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: { correlationId: randomUUID() },
});

const uniqueStream = (prefix = 'contract'): string => `${prefix}-${randomUUID()}`;

async function collect(
  iterable: AsyncIterable<SubscriptionMessage>,
  until: (events: RecordedEvent[]) => boolean,
  controller: AbortController,
): Promise<{ events: RecordedEvent[]; caughtUpAt: number | undefined }> {
  const events: RecordedEvent[] = [];
  let caughtUpAt: number | undefined;
  for await (const message of iterable) {
    if (message.kind === 'caught-up') caughtUpAt ??= events.length;
    else events.push(message.event);
    if (until(events)) controller.abort();
  }
  return { events, caughtUpAt };
}

/** The behaviour every event store adapter must share; run once per adapter. */
export function describeEventStoreContract(
  adapterName: string,
  createSubject: () => Promise<ContractSubject>,
  options: ContractOptions = {},
): void {
  describe(`event store contract: ${adapterName}`, () => {
    let subject: ContractSubject;
    let store: EventStore;

    beforeEach(async () => {
      subject = await createSubject();
      store = subject.store;
    });
    afterEach(async () => subject.dispose());

    describe('expected revision', () => {
      it('no_stream appends to a new stream and refuses an existing one', async () => {
        const stream = uniqueStream();
        const first = await store.append(stream, [newEvent()], { expectedRevision: 'no_stream' });
        expect(first.nextExpectedRevision).toBe(0n);
        const refused = store.append(stream, [newEvent()], { expectedRevision: 'no_stream' });
        await expect(refused).rejects.toBeInstanceOf(WrongExpectedVersionError);
        await expect(refused).rejects.toMatchObject({ stream, expected: 'no_stream', actual: 0n });
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      it('stream_exists refuses a new stream and appends to an existing one', async () => {
        const stream = uniqueStream();
        await expect(
          store.append(stream, [newEvent()], { expectedRevision: 'stream_exists' }),
        ).rejects.toMatchObject({
          expected: 'stream_exists',
          actual: 'no_stream',
        });
        expect(await store.readStream(stream)).toEqual([]);
        await store.append(stream, [newEvent()], { expectedRevision: 'any' });
        const second = await store.append(stream, [newEvent()], { expectedRevision: 'stream_exists' });
        expect(second.nextExpectedRevision).toBe(1n);
      });

      it('an exact revision appends only when the stream is at it, and says where it is', async () => {
        const stream = uniqueStream();
        await store.append(stream, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
        const ok = await store.append(stream, [newEvent()], { expectedRevision: 1n });
        expect(ok.nextExpectedRevision).toBe(2n);
        await expect(store.append(stream, [newEvent()], { expectedRevision: 1n })).rejects.toMatchObject({
          stream,
          expected: 1n,
          actual: 2n,
        });
        await expect(
          store.append(uniqueStream(), [newEvent()], { expectedRevision: 0n }),
        ).rejects.toMatchObject({
          expected: 0n,
          actual: 'no_stream',
        });
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('any appends whatever the stream holds', async () => {
        const stream = uniqueStream();
        await store.append(stream, [newEvent()], { expectedRevision: 'any' });
        const result = await store.append(stream, [newEvent(), newEvent()], { expectedRevision: 'any' });
        expect(result.nextExpectedRevision).toBe(2n);
      });
    });

    describe('idempotence', () => {
      it('re-appending the same event ids at the same revisions writes nothing and answers the same', async () => {
        const stream = uniqueStream();
        const events = [newEvent(), newEvent()];
        const first = await store.append(stream, events, { expectedRevision: 'no_stream' });
        const retry = await store.append(stream, events, { expectedRevision: 'no_stream' });
        expect(retry).toEqual(first);
        expect((await store.readStream(stream)).map((e) => e.id)).toEqual(events.map((e) => e.id));
        expect(await store.headPosition()).toBe(first.position);
      });

      if (options.refusesReusedIds !== false) {
        it('an event id already stored at another revision is a conflict', async () => {
          const stream = uniqueStream();
          const reused = newEvent();
          await store.append(stream, [reused, newEvent()], { expectedRevision: 'no_stream' });
          await expect(store.append(stream, [reused], { expectedRevision: 1n })).rejects.toBeInstanceOf(
            WrongExpectedVersionError,
          );
          expect(await store.readStream(stream)).toHaveLength(2);
        });
      }
    });

    describe('appendMany', () => {
      it('appends to several streams, each at its expected revision, and answers per write', async () => {
        const [a, b] = [uniqueStream('many-a'), uniqueStream('many-b')];
        await store.append(b, [newEvent()], { expectedRevision: 'no_stream' });
        const results = await store.appendMany([
          {
            stream: a,
            events: [newEvent('A', { n: 1 }), newEvent('A', { n: 2 })],
            expectedRevision: 'no_stream',
          },
          { stream: b, events: [newEvent('B', { n: 3 })], expectedRevision: 0n },
        ]);
        expect(results.map((r) => r.nextExpectedRevision)).toEqual([1n, 1n]);
        expect(results[1].position > results[0].position).toBe(true);
        expect((await store.readStream(a)).map((e) => e.data.n)).toEqual([1, 2]);
        expect((await store.readStream(b)).map((e) => e.position)).toContain(results[1].position);
      });

      it('answers a retried batch (same ids) as before and writes nothing', async () => {
        const writes = [
          { stream: uniqueStream('many-a'), events: [newEvent()], expectedRevision: 'no_stream' as const },
          { stream: uniqueStream('many-b'), events: [newEvent()], expectedRevision: 'no_stream' as const },
        ];
        const first = await store.appendMany(writes);
        const head = await store.headPosition();
        expect(await store.appendMany(writes)).toEqual(first);
        expect(await store.headPosition()).toBe(head);
      });

      it('checks every write before storing any: an invalid stream name stores nothing', async () => {
        const head = await store.headPosition();
        const batch = store.appendMany([
          { stream: uniqueStream('many-a'), events: [newEvent()], expectedRevision: 'no_stream' },
          { stream: '', events: [newEvent()], expectedRevision: 'no_stream' },
        ]);
        await expect(batch).rejects.toBeInstanceOf(InvalidAppendError);
        expect(await store.headPosition()).toBe(head);
      });

      if (options.atomicAppendMany !== false) {
        it('is atomic: when one write fails its expected revision, nothing of the batch is stored', async () => {
          expect(store.atomicAppendMany).toBe(true);
          const [a, b] = [uniqueStream('many-a'), uniqueStream('many-b')];
          await store.append(b, [newEvent()], { expectedRevision: 'no_stream' });
          const head = await store.headPosition();
          const batch = store.appendMany([
            { stream: a, events: [newEvent()], expectedRevision: 'no_stream' },
            { stream: b, events: [newEvent()], expectedRevision: 'no_stream' },
          ]);
          await expect(batch).rejects.toMatchObject({ stream: b, expected: 'no_stream', actual: 0n });
          await expect(batch).rejects.toBeInstanceOf(WrongExpectedVersionError);
          expect(await store.readStream(a)).toEqual([]);
          expect(await store.headPosition()).toBe(head);
        });
      } else {
        it('writes in order and stops at the first refused write, keeping the earlier ones', async () => {
          expect(store.atomicAppendMany).toBe(false);
          const [a, b, c] = [uniqueStream('many-a'), uniqueStream('many-b'), uniqueStream('many-c')];
          await store.append(b, [newEvent()], { expectedRevision: 'no_stream' });
          const batch = store.appendMany([
            { stream: a, events: [newEvent()], expectedRevision: 'no_stream' },
            { stream: b, events: [newEvent()], expectedRevision: 'no_stream' },
            { stream: c, events: [newEvent()], expectedRevision: 'no_stream' },
          ]);
          await expect(batch).rejects.toMatchObject({ stream: b, expected: 'no_stream', actual: 0n });
          expect(await store.readStream(a)).toHaveLength(1);
          expect(await store.readStream(b)).toHaveLength(1);
          expect(await store.readStream(c)).toEqual([]);
        });
      }
    });

    describe('reading', () => {
      it('reads a stream forwards and backwards, from a revision, up to a count', async () => {
        const stream = uniqueStream();
        await store.append(
          stream,
          [0, 1, 2, 3, 4].map((n) => newEvent('Numbered', { n })),
          { expectedRevision: 'no_stream' },
        );
        const numbers = (events: RecordedEvent[]): unknown[] => events.map((e) => e.data.n);
        expect(numbers(await store.readStream(stream))).toEqual([0, 1, 2, 3, 4]);
        expect(numbers(await store.readStream(stream, { fromRevision: 2n, maxCount: 2 }))).toEqual([2, 3]);
        expect(numbers(await store.readStream(stream, { direction: 'backwards', maxCount: 2 }))).toEqual([
          4, 3,
        ]);
        expect(numbers(await store.readStream(stream, { direction: 'backwards', fromRevision: 1n }))).toEqual(
          [1, 0],
        );
        expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
        expect(await store.readStream(uniqueStream())).toEqual([]);
      });

      it('reads $all in append order across streams, strictly after a position', async () => {
        const start = await store.headPosition();
        const a = uniqueStream('a');
        const b = uniqueStream('b');
        await store.append(a, [newEvent('A', { n: 1 })], { expectedRevision: 'any' });
        await store.append(b, [newEvent('B', { n: 2 })], { expectedRevision: 'any' });
        await store.append(a, [newEvent('A', { n: 3 })], { expectedRevision: 'any' });
        const all = await store.readAll({ fromPosition: start, maxCount: 10 });
        expect(all.map((e) => [e.stream, e.data.n])).toEqual([
          [a, 1],
          [b, 2],
          [a, 3],
        ]);
        expect(all[1].position > all[0].position && all[2].position > all[1].position).toBe(true);
        const afterFirst = await store.readAll({ fromPosition: all[0].position, maxCount: 10 });
        expect(afterFirst.map((e) => e.data.n)).toEqual([2, 3]);
      });

      it('round-trips a 1 MiB event', async () => {
        const stream = uniqueStream();
        const text = 'x'.repeat(1024 * 1024);
        await store.append(stream, [newEvent('Big', { text })], { expectedRevision: 'no_stream' });
        const [stored] = await store.readStream(stream);
        expect(stored.data.text).toHaveLength(text.length);
        expect(stored.data.text === text).toBe(true);
      });

      it('round-trips Turkmen, Russian and Arabic text in data, metadata and stream names', async () => {
        const data = {
          tk: 'Adam hukuklary boýunça Milli hereketler meýilnamasy: çagalaryň, ýaşlaryň we zenanlaryň hukuklary',
          ru: 'Национальный план действий в области прав человека на 2021–2025 годы',
          ar: 'خطة العمل الوطنية لحقوق الإنسان',
        };
        const stream = uniqueStream('hukuk-план-خطة');
        await store.append(stream, [{ ...newEvent('Translated', data), metadata: { note: data.ru } }], {
          expectedRevision: 'no_stream',
        });
        const [stored] = await store.readStream(stream);
        expect(stored.data).toEqual(data);
        expect(stored.metadata.note).toBe(data.ru);
        expect(stored.stream).toBe(stream);
      });
    });

    describe('validation', () => {
      it.each([
        ['empty', ''],
        ['over 512 characters', 's'.repeat(513)],
        ['with a control character', 'recommendation-\n1'],
      ])('refuses a stream name %s and appends nothing', async (_label, stream) => {
        const before = await store.headPosition();
        await expect(store.append(stream, [newEvent()], { expectedRevision: 'any' })).rejects.toBeInstanceOf(
          InvalidAppendError,
        );
        expect(await store.headPosition()).toBe(before);
      });

      it('refuses an empty or overlong event type', async () => {
        const stream = uniqueStream();
        await expect(store.append(stream, [newEvent('')], { expectedRevision: 'any' })).rejects.toThrow(
          /Event type/,
        );
        await expect(
          store.append(stream, [newEvent('T'.repeat(513))], { expectedRevision: 'any' }),
        ).rejects.toThrow(/at most 512/);
        expect(await store.readStream(stream)).toEqual([]);
      });
    });

    describe('subscribeToAll', () => {
      it('starts strictly after the given position, says when it caught up, then goes live', async () => {
        const stream = uniqueStream();
        const first = await store.append(stream, [newEvent('E', { n: 1 })], {
          expectedRevision: 'no_stream',
        });
        await store.append(stream, [newEvent('E', { n: 2 })], { expectedRevision: 0n });
        const controller = new AbortController();
        const received = collect(
          store.subscribeToAll({
            fromPosition: first.position,
            signal: controller.signal,
            filter: { streamNamePrefixes: [stream] },
          }),
          (events) => events.length === 3,
          controller,
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
        await store.append(stream, [newEvent('E', { n: 3 }), newEvent('E', { n: 4 })], {
          expectedRevision: 1n,
        });
        const { events, caughtUpAt } = await received;
        expect(events.map((e) => e.data.n)).toEqual([2, 3, 4]);
        expect(caughtUpAt).toBe(1);
      });

      it('switches from catch-up to live under concurrent appends with no gap and no duplicate', async () => {
        const prefix = uniqueStream('race');
        const start = await store.headPosition();
        const total = 300;
        const writer = (async () => {
          for (let i = 0; i < total; i++) {
            await store.append(`${prefix}-${i % 3}`, [newEvent('Counted', { i })], {
              expectedRevision: 'any',
            });
            if (i % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
          }
        })();
        await store.append(`${prefix}-0`, [], { expectedRevision: 'any' });
        const controller = new AbortController();
        const { events } = await collect(
          store.subscribeToAll({
            fromPosition: start,
            signal: controller.signal,
            filter: { streamNamePrefixes: [prefix] },
          }),
          (seen) => seen.length >= total,
          controller,
        );
        await writer;
        expect(events.map((e) => e.data.i)).toEqual(Array.from({ length: total }, (_, i) => i));
        const positions = events.map((e) => e.position);
        expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
      });

      it('filters by stream-name prefix and by event type', async () => {
        const start = await store.headPosition();
        const keep = uniqueStream('keep');
        await store.append(keep, [newEvent('Wanted', { n: 1 }), newEvent('Unwanted', { n: 2 })], {
          expectedRevision: 'any',
        });
        await store.append(uniqueStream('other'), [newEvent('Wanted', { n: 3 })], {
          expectedRevision: 'any',
        });
        await store.append(keep, [newEvent('Wanted', { n: 4 })], { expectedRevision: 'any' });
        const controller = new AbortController();
        const { events } = await collect(
          store.subscribeToAll({
            fromPosition: start,
            signal: controller.signal,
            filter: { streamNamePrefixes: [keep], eventTypes: ['Wanted'] },
          }),
          (seen) => seen.length === 2,
          controller,
        );
        expect(events.map((e) => e.data.n)).toEqual([1, 4]);
        const byType = await store.readAll({ fromPosition: start, filter: { eventTypes: ['Unwanted'] } });
        expect(byType.map((e) => e.data.n)).toEqual([2]);
      });

      it('ends cleanly when aborted while waiting for live events', async () => {
        const controller = new AbortController();
        const messages: SubscriptionMessage[] = [];
        const done = (async () => {
          for await (const message of store.subscribeToAll({
            fromPosition: await store.headPosition(),
            signal: controller.signal,
          })) {
            messages.push(message);
          }
        })();
        await new Promise((resolve) => setTimeout(resolve, 50));
        controller.abort();
        await expect(done).resolves.toBeUndefined();
        expect(messages.map((m) => m.kind)).toEqual(['caught-up']);
      });

      it('ends cleanly when the store closes', async () => {
        const head = await store.headPosition();
        const done = (async () => {
          const kinds: string[] = [];
          for await (const message of store.subscribeToAll({ fromPosition: head })) kinds.push(message.kind);
          return kinds;
        })();
        await new Promise((resolve) => setTimeout(resolve, 50));
        await store.close();
        await expect(done).resolves.toEqual(['caught-up']);
      });
    });
  });
}
