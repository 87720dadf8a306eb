import type { RecordedEvent } from '@app/event-store';

/** `recorded`: when each event was recorded (`occurredAt`); `effective`: when it took effect (`effectiveDate`). */
export const TIMELINES = ['recorded', 'effective'] as const;
export type Timeline = (typeof TIMELINES)[number];

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The event's effectiveDate (at 00:00 UTC) where it has one, else the moment it was recorded. */
export function effectiveAt(event: RecordedEvent): string {
  const date = event.data.effectiveDate;
  if (typeof date === 'string' && CALENDAR_DATE.test(date)) return `${date}T00:00:00.000Z`;
  return new Date(String(event.metadata.occurredAt)).toISOString();
}

/** Events ordered by when they took effect; events at the same moment keep their stream order. */
export function inEffectiveOrder(
  recorded: readonly RecordedEvent[],
): Array<{ event: RecordedEvent; effectiveAt: string }> {
  return recorded
    .map((event) => ({ event, effectiveAt: effectiveAt(event) }))
    .sort(
      (a, b) => a.effectiveAt.localeCompare(b.effectiveAt) || Number(a.event.revision - b.event.revision),
    );
}

/**
 * For folding a state: each event in stream order, at its effective moment but never later than any event after
 * it, since a decision back-dated to a review session implies the steps before it (proposal, review) by then too.
 */
export function foldableEffectiveTimes(recorded: readonly RecordedEvent[]): number[] {
  const times = recorded.map((event) => Date.parse(effectiveAt(event)));
  for (let i = times.length - 2; i >= 0; i--) times[i] = Math.min(times[i], times[i + 1]);
  return times;
}
