import type { RecordedEvent, SqliteEventStore } from '@app/event-store';
import { ReadReq, type ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { status, type handleServerStreamingCall } from '@grpc/grpc-js';
import { CallGone, CallWriter } from './call-writer';
import { serveSubscription } from './subscription-call';
import { wireFilter } from './wire-filter';
import { eventMessage, streamNameOf, streamNotFoundMessage } from './wire';

/** Streams.Read: a stream or $all, forwards or backwards, or either kind of subscription. */
export function readCall(store: SqliteEventStore): handleServerStreamingCall<ReadReq, ReadResp> {
  return (call) => {
    const writer = new CallWriter<ReadResp>(call);
    serveRead(store, call.request, writer).then(
      () => writer.end(),
      (error: Error) => {
        if (!(error instanceof CallGone)) writer.fail(status.UNKNOWN, error.message);
      },
    );
  };
}

async function serveRead(
  store: SqliteEventStore,
  request: ReadReq,
  writer: CallWriter<ReadResp>,
): Promise<void> {
  const options = request.getOptions();
  if (!options) throw new Error('A read needs options');
  if (options.hasSubscription()) return serveSubscription(store, options, writer);
  const structuredIds = options.getUuidOption()?.hasStructured() ?? false;
  const count = Number(BigInt.asUintN(53, BigInt(options.getCount() || '0')));
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  const streamOptions = options.getStream();
  if (streamOptions) {
    const stream = streamNameOf(streamOptions.getStreamIdentifier());
    const from = streamOptions.hasRevision()
      ? BigInt(streamOptions.getRevision())
      : streamOptions.hasEnd()
        ? 'end'
        : 'start';
    const events = await store.readStream(stream, {
      fromRevision: from,
      direction: backwards ? 'backwards' : 'forwards',
      maxCount: count,
    });
    const exists =
      events.length > 0 ||
      (await store.readStream(stream, { direction: 'backwards', maxCount: 1 })).length > 0;
    if (!exists) return writer.send(streamNotFoundMessage(stream));
    for (const event of events) await writer.send(eventMessage(event, structuredIds));
    return;
  }
  const all = options.getAll();
  const from = all?.hasPosition()
    ? BigInt(all.getPosition()?.getCommitPosition() ?? '0')
    : all?.hasEnd()
      ? 'end'
      : 'start';
  const filter = wireFilter(options);
  const events = backwards
    ? await readAllBackwards(store, from, count)
    : await readAllForwards(store, from, count);
  for (const event of events.filter((e) => !filter || filter.matches(e)))
    await writer.send(eventMessage(event, structuredIds));
}

/** $all forwards from a position includes the event at that position, as the server does. */
async function readAllForwards(
  store: SqliteEventStore,
  from: bigint | 'start' | 'end',
  count: number,
): Promise<RecordedEvent[]> {
  if (from === 'end') return [];
  const after = from === 'start' || from === 0n ? 0n : from - 1n;
  return store.readAll({ fromPosition: after, maxCount: count });
}

/** $all backwards from a position excludes it; the store reads forwards only, so it pages back in windows. */
async function readAllBackwards(
  store: SqliteEventStore,
  from: bigint | 'start' | 'end',
  count: number,
): Promise<RecordedEvent[]> {
  if (from === 'start') return [];
  let upper = from === 'end' ? await store.headPosition() : from - 1n;
  let window = BigInt(Math.max(count, 32));
  const found: RecordedEvent[] = [];
  while (found.length < count && upper > 0n) {
    const lower = upper > window ? upper - window : 0n;
    const chunk = await store.readAll({ fromPosition: lower, maxCount: Number(upper - lower) });
    found.push(
      ...chunk
        .filter((event) => event.position <= upper)
        .reverse()
        .slice(0, count - found.length),
    );
    upper = lower;
    window *= 2n;
  }
  return found;
}
