import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EventFilter, EventStore, Position, RecordedEvent } from './event-store.port';

export interface ReadLogOptions {
  /** Exclusive, like `readAll`. */
  fromPosition?: Position;
  filter?: EventFilter;
  pageSize?: number;
}

/** The log in position order, one page in memory at a time; it lets other work run between pages. */
export async function* readLog(
  store: EventStore,
  options: ReadLogOptions = {},
): AsyncGenerator<RecordedEvent> {
  const pageSize = options.pageSize ?? 1000;
  let after = options.fromPosition ?? 0n;
  for (;;) {
    const page = await store.readAll({ fromPosition: after, maxCount: pageSize, filter: options.filter });
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].position;
    await nextTurn();
  }
}
