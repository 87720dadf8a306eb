import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@app/event-store';

export interface AuditEventQuery {
  /** The actor's user id. */
  actor?: string;
  types?: readonly string[];
  /** Inclusive, on occurredAt. */
  from?: Date;
  /** Exclusive, on occurredAt. */
  to?: Date;
  /** Exclusive global position to continue after. */
  after?: bigint;
  limit: number;
}

export interface AuditEventPage {
  events: RecordedEvent[];
  /** Where the next page starts; undefined once the end of the log was reached. */
  nextAfter: bigint | undefined;
}

const PAGE_SIZE = 1000;
/** Events examined per request at most, so a filter that rarely matches still answers quickly, with a cursor. */
export const AUDIT_SCAN_BUDGET = 10_000;

/** The global event log, filtered by who, what and when, in position order. */
@Injectable()
export class AuditEventLog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async page(query: AuditEventQuery): Promise<AuditEventPage> {
    const filter = query.types?.length ? { eventTypes: query.types } : undefined;
    const events: RecordedEvent[] = [];
    let after = query.after ?? 0n;
    for (let scanned = 0; scanned < AUDIT_SCAN_BUDGET;) {
      const page = await this.store.readAll({ fromPosition: after, maxCount: PAGE_SIZE, filter });
      for (const event of page) {
        after = event.position;
        scanned++;
        if (!matches(event, query)) continue;
        events.push(event);
        if (events.length === query.limit) return { events, nextAfter: after };
      }
      if (page.length < PAGE_SIZE) return { events, nextAfter: undefined };
    }
    return { events, nextAfter: after };
  }
}

function matches(event: RecordedEvent, query: AuditEventQuery): boolean {
  if (query.actor !== undefined) {
    const actor = event.metadata.actor as { id?: unknown } | undefined;
    if (actor?.id !== query.actor) return false;
  }
  if (query.from === undefined && query.to === undefined) return true;
  const occurredAt = Date.parse(String(event.metadata.occurredAt));
  if (query.from !== undefined && !(occurredAt >= query.from.getTime())) return false;
  return query.to === undefined || occurredAt < query.to.getTime();
}
