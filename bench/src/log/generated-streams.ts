import { randomUUID } from 'node:crypto';
import { ZERO_HASH, chainEvents, type EventToAppend, type JsonObject } from '@app/event-store';
import {
  decide,
  decidePlan,
  planDecider,
  planStream,
  recommendationDecider,
  recommendationStream,
  referenceStream,
  type RecommendationCommand,
  type RecommendationState,
} from '@app/recommendations';
import { BENCH_PLAN, lifecycleScript } from './lifecycle-script';

export interface GeneratedStream {
  stream: string;
  events: EventToAppend[];
}

/** Event times advance by a minute per command from the start of the plan period. */
export class SyntheticClock {
  private at = Date.parse('2021-01-04T09:00:00.000Z');
  now = (): Date => new Date(this.at);
  tick(): string {
    this.at += 60_000;
    return new Date(this.at).toISOString();
  }
}

const REVIEWER_COMMANDS = new Set(['recordPosition', 'markImplemented']);

let requests = 0;

/** The metadata the API writes (EventStreamRepository.envelopes), for one command. */
function metadataOf(command: { type: string }, clock: SyntheticClock): JsonObject {
  const reviewer = REVIEWER_COMMANDS.has(command.type);
  const requestId = randomUUID();
  // A stand-in fingerprint of the right shape; a random one per command costs the seeding a third of its time.
  const requestHash = (++requests).toString(16).padStart(64, '0');
  return {
    actor: reviewer
      ? { id: 'bench-reviewer', role: 'reviewer' }
      : { id: 'bench-secretariat', role: 'secretariat' },
    occurredAt: clock.tick(),
    correlationId: requestId,
    causationId: requestId,
    commandId: requestId,
    schemaVersion: 1,
    requestHash,
  };
}

const envelope = (type: string, data: object, metadata: JsonObject) => ({
  id: randomUUID(),
  type,
  data: data as JsonObject,
  metadata,
});

/** The plan stream, registered before any recommendation is reflected in it. */
export function planStreamEvents(clock: SyntheticClock): GeneratedStream {
  const command = { type: 'registerPlan' as const, planId: BENCH_PLAN.id, ...BENCH_PLAN };
  const events = decidePlan(command, planDecider.initialState).map((e) =>
    envelope(e.type, e.data, metadataOf(command, clock)),
  );
  return { stream: planStream(BENCH_PLAN.id), events: chainEvents(ZERO_HASH, events) };
}

/**
 * One recommendation as the API would have stored it: its reference claim, then every event its lifecycle
 * decides, each command's events enveloped and chained exactly as EventStreamRepository does.
 */
export function recommendationStreams(
  n: number,
  clock: SyntheticClock,
  progressReports?: number,
): GeneratedStream[] {
  const recommendationId = randomUUID();
  const script = lifecycleScript(n, recommendationId, progressReports);
  const propose = script[0] as Extract<RecommendationCommand, { type: 'propose' }>;
  const claim = envelope(
    'ReferenceReserved',
    { reference: propose.reference, recommendationId },
    metadataOf(propose, clock),
  );
  let state: RecommendationState = recommendationDecider.initialState;
  const unchained: Array<ReturnType<typeof envelope>> = [];
  for (const command of script) {
    const metadata = metadataOf(command, clock);
    for (const event of decide(command, state)) {
      state = recommendationDecider.evolve(state, event);
      unchained.push(envelope(event.type, event.data, metadata));
    }
  }
  return [
    { stream: referenceStream(propose.reference), events: chainEvents(ZERO_HASH, [claim]) },
    { stream: recommendationStream(recommendationId), events: chainEvents(ZERO_HASH, unchained) },
  ];
}
