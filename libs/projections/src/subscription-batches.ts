import type { EventStore, Position, RecordedEvent, SubscriptionMessage } from '@app/event-store';

export type BatchMessage =
  | { kind: 'batch'; events: RecordedEvent[]; through: Position }
  | { kind: 'caught-up'; events: RecordedEvent[]; through: Position };

const IDLE = Symbol('idle');
const idle = (): Promise<typeof IDLE> => new Promise((resolve) => setImmediate(resolve, IDLE));

/** Full batches while catching up, and whatever has arrived once the log pauses, so a quiet log applies at once. */
export async function* subscriptionBatches(
  store: EventStore,
  from: Position,
  size: number,
  signal: AbortSignal,
): AsyncGenerator<BatchMessage> {
  const iterator = store.subscribeToAll({ fromPosition: from, signal })[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<SubscriptionMessage>> = iterator.next();
  const batch: RecordedEvent[] = [];
  const take = (): RecordedEvent[] => batch.splice(0, batch.length);
  try {
    while (!signal.aborted) {
      const next = batch.length === 0 ? await pending : await Promise.race([pending, idle()]);
      if (next === IDLE) {
        yield { kind: 'batch', through: batch[batch.length - 1].position, events: take() };
        continue;
      }
      if (next.done) return;
      pending = iterator.next();
      const message = next.value;
      if (message.kind === 'caught-up') {
        yield { kind: 'caught-up', through: message.position, events: take() };
        continue;
      }
      batch.push(message.event);
      if (batch.length >= size) yield { kind: 'batch', through: message.event.position, events: take() };
    }
  } finally {
    // The caller aborts `signal` when it leaves, which ends the pending read; waiting for it here could hang.
    pending.catch(() => undefined);
    void iterator.return?.(undefined)?.catch(() => undefined);
  }
}
