import { START, type EventStoreDBClient, type Position as ClientPosition } from '@eventstore/db-client';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Position, SubscribeToAllOptions, SubscriptionMessage } from '../event-store.port';
import { isConnectionError } from './client-errors';
import { clientPositionOf, toClientPosition, toRecordedEvent } from './recorded-event';
import { acceptsEvent, serverFilterFor } from './server-filter';
import { SubscriptionReader } from './subscription-reader';

export interface ResubscribeDelays {
  /** Wait before the first resubscription after a drop, in milliseconds. */
  firstMs: number;
  /** The wait doubles after each failed attempt up to this bound. */
  maxMs: number;
}

export interface ResumableSubscriptionContext {
  client: EventStoreDBClient;
  /** Aborted when the store closes. */
  closed: AbortSignal;
  delays: ResubscribeDelays;
}

/**
 * A catch-up subscription to $all that survives dropped connections: it resubscribes from the last position it saw
 * (an event or a filter checkpoint), skips anything at or before it, and says "caught up" once.
 */
export async function* resumableSubscription(
  context: ResumableSubscriptionContext,
  options: SubscribeToAllOptions,
): AsyncGenerator<SubscriptionMessage> {
  const stop = options.signal ? AbortSignal.any([options.signal, context.closed]) : context.closed;
  let lastSeen: Position =
    options.fromPosition === undefined || options.fromPosition === 'start' ? 0n : options.fromPosition;
  let resumeFrom: ClientPosition | 'start' = toClientPosition(lastSeen);
  let caughtUp = false;
  let failures = 0;
  while (!stop.aborted) {
    const reader = new SubscriptionReader(stop);
    const filter = serverFilterFor(options.filter, (position) => reader.checkpoint(position));
    reader.attach(
      context.client.subscribeToAll({ fromPosition: resumeFrom === 'start' ? START : resumeFrom, filter }),
    );
    try {
      for (let item = await reader.next(); item; item = await reader.next()) {
        failures = 0;
        if (item.kind === 'caught-up') {
          if (!caughtUp) yield { kind: 'caught-up', position: lastSeen };
          caughtUp = true;
          continue;
        }
        const position = item.kind === 'checkpoint' ? item.position : clientPositionOf(item.resolved);
        // The server's exclusivity differs across versions, and a resubscription may replay: positions decide.
        if (position.commit <= lastSeen) continue;
        lastSeen = position.commit;
        resumeFrom = position;
        if (item.kind === 'checkpoint') continue;
        const event = item.resolved.event;
        if (!event || !acceptsEvent(event, options.filter)) continue;
        const recorded = toRecordedEvent(item.resolved);
        if (recorded) yield { kind: 'event', event: recorded };
      }
    } catch (error) {
      if (!isConnectionError(error)) throw error;
    } finally {
      await reader.close();
    }
    await pause(delayFor(failures, context.delays), stop);
    failures += 1;
  }
}

function delayFor(failures: number, delays: ResubscribeDelays): number {
  return Math.min(delays.maxMs, delays.firstMs * 2 ** Math.min(failures, 16));
}

async function pause(ms: number, stop: AbortSignal): Promise<void> {
  try {
    await sleep(ms, undefined, { signal: stop });
  } catch {
    // Aborted: the loop condition ends the subscription.
  }
}
