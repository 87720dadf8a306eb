import type { JsonObject } from '../event-store.port';
import type { VerifiableEvent } from './chain-report';
import { ChainVerifier, verifyChain } from './chain-verifier';
import { ZERO_HASH, chainEvents, eventHash } from './hash-chain';

type Draft = Omit<VerifiableEvent, 'position'>;

/** A stream of `count` correctly chained events. */
function stream(name: string, count: number): Draft[] {
  const unchained = Array.from({ length: count }, (_, i) => ({
    type: i === 0 ? 'RecommendationProposed' : 'ProgressReported',
    data: { step: i, note: `step ${i} of ${name}` } as JsonObject,
    metadata: {
      actor: { id: 'amina', role: 'secretariat' },
      occurredAt: `2021-03-0${(i % 9) + 1}T10:00:00.000Z`,
    },
  }));
  return chainEvents(ZERO_HASH, unchained).map((event, i) => ({
    ...event,
    stream: name,
    revision: BigInt(i),
  }));
}

/** Round-robin across streams, positions 1, 2, 3… in that order, as a store would write them. */
function log(...streams: Draft[][]): VerifiableEvent[] {
  const events: Draft[] = [];
  for (let i = 0; streams.some((s) => i < s.length); i++)
    for (const s of streams) if (s[i]) events.push(s[i]);
  return events.map((event, i) => ({ ...event, position: BigInt(i + 1) }));
}

const at = (events: VerifiableEvent[], name: string, revision: number): number =>
  events.findIndex((event) => event.stream === name && event.revision === BigInt(revision));

/** Exchanges what two stored rows hold, keeping each row's stream, revision and position. */
function swapContent(events: VerifiableEvent[], name: string, a: number, b: number): void {
  const [i, j] = [at(events, name, a), at(events, name, b)];
  const [x, y] = [events[i], events[j]];
  events[i] = { ...y, stream: x.stream, revision: x.revision, position: x.position };
  events[j] = { ...x, stream: y.stream, revision: y.revision, position: y.position };
}

const failuresOf = async (events: VerifiableEvent[]) =>
  (await verifyChain(events)).failures.map(({ stream: s, revision, reason }) => [s, revision, reason]);

describe('chain verifier', () => {
  it('passes an untouched log and counts its streams and events', async () => {
    const report = await verifyChain(log(stream('a', 5), stream('b', 3), stream('c', 1)));
    expect(report).toEqual({
      ok: true,
      streamsChecked: 3,
      eventsChecked: 9,
      failures: [],
      failuresOmitted: 0,
    });
  });

  it('reports changed data at that event only', async () => {
    const events = log(stream('a', 6), stream('b', 6));
    const i = at(events, 'a', 2);
    events[i] = { ...events[i], data: { ...events[i].data, note: 'rewritten' } };
    expect(await failuresOf(events)).toEqual([['a', 2, 'changed_content']]);
  });

  it('reports a changed actor as changed content', async () => {
    const events = log(stream('a', 6), stream('b', 6));
    const i = at(events, 'b', 4);
    events[i] = {
      ...events[i],
      metadata: { ...events[i].metadata, actor: { id: 'mallory', role: 'admin' } },
    };
    expect(await failuresOf(events)).toEqual([['b', 4, 'changed_content']]);
  });

  it('reports a deleted event as missing at its revision, first ones included', async () => {
    const events = log(stream('a', 6), stream('b', 6));
    events.splice(at(events, 'a', 3), 1);
    events.splice(at(events, 'b', 0), 1);
    expect(await failuresOf(events)).toEqual([
      ['a', 3, 'missing_event'],
      ['b', 0, 'missing_event'],
    ]);
  });

  it('names a run of deleted events once, by its first revision', async () => {
    const events = log(stream('a', 8));
    events.splice(at(events, 'a', 2), 3);
    const report = await verifyChain(events);
    expect(report.failures).toEqual([
      { stream: 'a', revision: 2, reason: 'missing_event', detail: 'revisions 2 to 4 are not in the log' },
    ]);
  });

  it.each([
    ['two neighbours', 2, 3, 8],
    ['two far apart', 1, 5, 8],
    ['the first two', 0, 1, 8],
    ['the last two', 6, 7, 8],
  ])('reports %s swapped in place as reordered, at both revisions', async (_label, a, b, count) => {
    const events = log(stream('a', count), stream('b', 4));
    swapContent(events, 'a', a, b);
    expect(await failuresOf(events)).toEqual([
      ['a', a, 'reordered_event'],
      ['a', b, 'reordered_event'],
    ]);
  });

  it('reports two events whose places in the log were exchanged as reordered, at both revisions', async () => {
    const events = log(stream('a', 8), stream('b', 8));
    const [i, k] = [at(events, 'a', 2), at(events, 'a', 5)];
    [events[i], events[k]] = [
      { ...events[k], position: events[i].position },
      { ...events[i], position: events[k].position },
    ];
    expect(await failuresOf(events)).toEqual([
      ['a', 2, 'reordered_event'],
      ['a', 5, 'reordered_event'],
    ]);
  });

  it('reports a link that names no event: an event rewritten and re-hashed breaks the next one', async () => {
    const events = log(stream('a', 6));
    const forged = { ...events[2], data: { step: 2, note: 'forged' } };
    const hash = eventHash(String(forged.metadata.prevHash), forged);
    events[2] = { ...forged, metadata: { ...forged.metadata, hash } };
    expect(await failuresOf(events)).toEqual([['a', 3, 'broken_link']]);
  });

  it('reports an event stored twice', async () => {
    const events = log(stream('a', 4), stream('b', 2));
    events.push({ ...events[at(events, 'a', 1)], position: 99n });
    expect(await failuresOf(events)).toEqual([['a', 1, 'duplicate_event']]);
  });

  it("reports an event whose position is not above the one read before it in its stream, and no one else's", async () => {
    const events = log(stream('a', 4), stream('b', 4));
    const [i, j] = [at(events, 'a', 1), at(events, 'a', 2)];
    [events[i].position, events[j].position] = [events[j].position, events[i].position];
    expect(await failuresOf(events)).toEqual([['a', 2, 'reordered_event']]);
  });

  it('reports two lines of an export exchanged, at both revisions and no others', async () => {
    const events = log(stream('a', 6), stream('b', 6));
    const [i, j] = [at(events, 'a', 2), at(events, 'a', 3)];
    [events[i], events[j]] = [events[j], events[i]];
    expect(await failuresOf(events)).toEqual([
      ['a', 2, 'reordered_event'],
      ['a', 3, 'reordered_event'],
    ]);
  });

  it('reports an event stripped of its chain as changed content, and nothing around it', async () => {
    const events = log(stream('a', 4));
    events[1] = { ...events[1], metadata: { actor: { id: 'amina' } } };
    expect(await failuresOf(events)).toEqual([['a', 1, 'changed_content']]);
  });

  it('lists at most maxFailures failures and counts the rest', async () => {
    const events = log(stream('a', 10)).map((event) => ({ ...event, data: { changed: true } }));
    const report = await verifyChain(events, { maxFailures: 3 });
    expect(report).toMatchObject({ ok: false, failuresOmitted: 7 });
    expect(report.failures.map((f) => f.revision)).toEqual([0, 1, 2]);
  });

  it('holds no more than its budget while waiting for a missing event, and still names it', () => {
    const events = log(stream('a', 300), stream('b', 300));
    events.splice(at(events, 'a', 1), 1);
    const verifier = new ChainVerifier({ maxHeld: 20 });
    let most = 0;
    for (const event of events) {
      verifier.add(event);
      most = Math.max(most, verifier.heldEvents);
    }
    expect(most).toBeLessThanOrEqual(21);
    expect(verifier.report().failures.map((f) => [f.stream, f.revision, f.reason])).toEqual([
      ['a', 1, 'missing_event'],
    ]);
  });

  it('holds nothing for an untouched log, whatever its length', () => {
    const verifier = new ChainVerifier();
    for (const event of log(stream('a', 2000), stream('b', 2000))) {
      verifier.add(event);
      expect(verifier.heldEvents).toBe(0);
    }
    expect(verifier.report()).toMatchObject({ ok: true, eventsChecked: 4000 });
  });
});
