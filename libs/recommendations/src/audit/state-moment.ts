import type { RecordedEvent } from '@app/event-store';
import { RecommendationNotYetProposedError, RevisionNotFoundError } from './audit.errors';
import { foldableEffectiveTimes, type Timeline } from './effective-timeline';

/** The moment a past state is asked for: a time (on the recorded timeline unless told), a revision, or now. */
export type StateMoment = { asOf: Date; timeline?: Timeline } | { revision: bigint } | 'now';

/**
 * The events that had happened by then, in revision order. For a time that is every event up to the first one
 * that occurred after it (occurredAt ≤ asOf), so the state is always a fold of a prefix of the stream. On the
 * effective timeline the same, by each event's foldable effective moment (see foldableEffectiveTimes).
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
  const times =
    moment.timeline === 'effective'
      ? foldableEffectiveTimes(recorded)
      : recorded.map((event) => Date.parse(String(event.metadata.occurredAt)));
  const after = times.findIndex((time) => !(time <= at));
  const happened = after === -1 ? recorded : recorded.slice(0, after);
  if (happened.length === 0) throw new RecommendationNotYetProposedError(recommendationId, moment.asOf);
  return happened;
}
