import type { EventStore, RecordedEvent } from '@app/event-store';
import { EventApplier, isStorageFailure, reasonOf } from './event-applier';
import type { ParkedEvent, ParkedEventStore } from './parked-event-store';
import type { Projection } from './projection';
import type { ReadModelDatabase } from './read-model-database';

export interface RetryDependencies {
  db: ReadModelDatabase;
  store: EventStore;
  parked: ParkedEventStore;
}

export interface RetryResult {
  name: string;
  /** Parked events tried. */
  retried: number;
  /** Tried and applied, so no longer parked. */
  applied: number;
  /** Still parked after the retry. */
  parked: number;
}

/**
 * Re-applies each parked event of a projection to its live tables, oldest first, in one transaction. An event that
 * applies leaves the list; one that fails again stays with its new error, and the rest of its stream stays behind it.
 */
export async function retryParked(projection: Projection, deps: RetryDependencies): Promise<RetryResult> {
  const { db, store, parked } = deps;
  const { name } = projection;
  const stored = new Map<bigint, RecordedEvent | undefined>();
  for (const entry of parked.list(name)) stored.set(entry.position, await storedEvent(store, entry));
  const applier = new EventApplier(db, projection, parked, 'live');
  const outcome = db.write(() => {
    const failed = new Set<string>();
    let retried = 0;
    let applied = 0;
    for (const entry of parked.list(name)) {
      // Parked after the events were read, or behind an event of its stream that failed again: next retry.
      if (failed.has(entry.stream) || !stored.has(entry.position)) {
        failed.add(entry.stream);
        continue;
      }
      retried++;
      try {
        const event = stored.get(entry.position);
        if (!event) throw new Error(`the event at position ${entry.position} is no longer in the log`);
        applier.applyOne(event);
        parked.remove(name, entry.position);
        applied++;
      } catch (error) {
        if (isStorageFailure(error)) throw error;
        parked.failedAgain(name, entry.position, reasonOf(error));
        failed.add(entry.stream);
      }
    }
    return { retried, applied };
  });
  return { name, ...outcome, parked: parked.list(name).length };
}

async function storedEvent(store: EventStore, entry: ParkedEvent): Promise<RecordedEvent | undefined> {
  const [event] = await store.readStream(entry.stream, { fromRevision: entry.revision, maxCount: 1 });
  return event?.position === entry.position ? event : undefined;
}
