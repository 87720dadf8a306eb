import type { JsonObject, Position } from '../event-store.port';

/** What the verifier needs of an event: where the log put it and exactly what was stored. */
export interface VerifiableEvent {
  stream: string;
  revision: bigint;
  position: Position;
  type: string;
  data: JsonObject;
  metadata: JsonObject;
}

export const CHAIN_FAILURE_REASONS = [
  'changed_content',
  'missing_event',
  'reordered_event',
  'broken_link',
  'duplicate_event',
] as const;

export type ChainFailureReason = (typeof CHAIN_FAILURE_REASONS)[number];

export interface ChainFailure {
  stream: string;
  /** The revision the break is at (for a missing event, the first revision that is missing). */
  revision: number;
  reason: ChainFailureReason;
  detail: string;
}

export interface VerificationReport {
  ok: boolean;
  streamsChecked: number;
  eventsChecked: number;
  /** Sorted by stream, then revision. */
  failures: ChainFailure[];
  /** Failures found beyond the reporting cap; `ok` is false whenever this is above 0. */
  failuresOmitted: number;
}
