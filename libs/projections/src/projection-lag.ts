import type { EventStore, Position } from '@app/event-store';

/** Beyond this many events the count is reported as this many: the point is "far behind", not the digit. */
export const LAG_COUNT_CAP = 10_000;
const PAGE = 1000;

export interface Lag {
  lagEvents: number;
  lagSeconds: number;
}

/** Events not yet applied and how long the oldest has waited; SQLite positions are dense, so a difference counts. */
export async function lagBehind(
  store: EventStore,
  checkpoint: Position,
  head: Position,
  now: Date,
): Promise<Lag> {
  if (head <= checkpoint) return { lagEvents: 0, lagSeconds: 0 };
  const [oldest] = await store.readAll({ fromPosition: checkpoint, maxCount: 1 });
  if (!oldest) return { lagEvents: 0, lagSeconds: 0 };
  const waited = (now.getTime() - Date.parse(oldest.recordedAt)) / 1000;
  const lagEvents =
    store.kind === 'sqlite' ? Number(head - checkpoint) : await countAfter(store, checkpoint, LAG_COUNT_CAP);
  return { lagEvents, lagSeconds: Math.max(0, Math.round(waited * 1000) / 1000) };
}

async function countAfter(store: EventStore, position: Position, cap: number): Promise<number> {
  let count = 0;
  for (let after = position; count < cap;) {
    const page = await store.readAll({ fromPosition: after, maxCount: PAGE });
    count += page.length;
    if (page.length < PAGE) break;
    after = page[page.length - 1].position;
  }
  return Math.min(count, cap);
}
