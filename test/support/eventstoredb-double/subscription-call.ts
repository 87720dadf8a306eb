import type { Position, RecordedEvent, SqliteEventStore } from '@app/event-store';
import type { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { randomUUID } from 'node:crypto';
import type { CallWriter } from './call-writer';
import { wireFilter, type WireFilter } from './wire-filter';
import { caughtUpMessage, checkpointMessage, confirmationMessage, eventMessage, streamNameOf } from './wire';

interface SubscriptionPlan {
  /** Exclusive, as the server's subscriptions are. */
  from: Position | 'start';
  accepts(event: RecordedEvent): boolean;
  filter: WireFilter | undefined;
}

/**
 * A catch-up subscription as the server runs it: confirmation, the stored events, a checkpoint (filtered $all) and
 * "caught up", then live events; a filtered one also sends a checkpoint every `checkpointInterval` events considered.
 */
export async function serveSubscription(
  store: SqliteEventStore,
  options: ReadReq.Options,
  writer: CallWriter<ReadResp>,
): Promise<void> {
  const structuredIds = options.getUuidOption()?.hasStructured() ?? false;
  const stop = new AbortController();
  await writer.send(confirmationMessage(randomUUID()));
  const plan = options.hasStream() ? await streamPlan(store, options) : await allPlan(store, options);
  let considered = 0;
  writer.onGone(() => stop.abort());
  try {
    for await (const message of store.subscribeToAll({ fromPosition: plan.from, signal: stop.signal })) {
      if (message.kind === 'caught-up') {
        if (plan.filter && message.position > 0n) await writer.send(checkpointMessage(message.position));
        await writer.send(caughtUpMessage());
        continue;
      }
      const event = message.event;
      if (plan.accepts(event)) await writer.send(eventMessage(event, structuredIds));
      if (plan.filter && ++considered >= plan.filter.checkpointInterval) {
        considered = 0;
        await writer.send(checkpointMessage(event.position));
      }
    }
  } finally {
    stop.abort();
  }
}

async function streamPlan(store: SqliteEventStore, options: ReadReq.Options): Promise<SubscriptionPlan> {
  const streamOptions = options.getStream() as ReadReq.Options.StreamOptions;
  const stream = streamNameOf(streamOptions.getStreamIdentifier());
  const after = streamOptions.hasRevision() ? BigInt(streamOptions.getRevision()) : -1n;
  const accepts = (event: RecordedEvent) => event.stream === stream && event.revision > after;
  if (streamOptions.hasEnd()) return { from: await store.headPosition(), accepts, filter: undefined };
  const [last] = after >= 0n ? await store.readStream(stream, { fromRevision: after, maxCount: 1 }) : [];
  return { from: last?.position ?? 'start', accepts, filter: undefined };
}

async function allPlan(store: SqliteEventStore, options: ReadReq.Options): Promise<SubscriptionPlan> {
  const all = options.getAll();
  const filter = wireFilter(options);
  const accepts = (event: RecordedEvent) => !filter || filter.matches(event);
  if (all?.hasEnd()) return { from: await store.headPosition(), accepts, filter };
  const position = all?.getPosition();
  return { from: position ? BigInt(position.getCommitPosition()) : 'start', accepts, filter };
}
