import type { RecordedEvent } from '@app/event-store';
import { RecommendationNotYetProposedError, RevisionNotFoundError } from './audit.errors';

/** The moment a past state is asked for: a time, a revision, or now. */
export type StateMoment = { asOf: Date } | { revision: bigint } | 'now';

/**
 * The events that had happened by then, in revision order. For a time that is every event up to the first one
 * that occurred after it (occurredAt ≤ asOf), so the state is always a fold of a prefix of the stream.
 */
export function eventsUpTo(
  recommendationId: string,
  recorded: readonly RecordedEvent[],
  moment: StateMoment,
): readonly RecordedEvent[] {
  if (moment === 'now') return recorded;
  if ('revision' in moment) {
    const last = recorded[recorded.length - 1].revision;
    if (moment.revision > last) throw new RevisionNotFoundError(recommendationId, moment.revision, last);
    return recorded.filter((event) => event.revision <= moment.revision);
  }
  const at = moment.asOf.getTime();
  const after = recorded.findIndex((event) => !(Date.parse(String(event.metadata.occurredAt)) <= at));
  const happened = after === -1 ? recorded : recorded.slice(0, after);
  if (happened.length === 0) throw new RecommendationNotYetProposedError(recommendationId, moment.asOf);
  return happened;
}
