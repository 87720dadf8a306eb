import type { ParkedEvent } from './parked-event-store';

export const PROJECTION_STATES = ['running', 'catching-up', 'rebuilding', 'stopped', 'failed'] as const;
export type ProjectionState = (typeof PROJECTION_STATES)[number];

/** What a projection reports about itself: where it is, how far behind the log, and what it is doing. */
export interface ProjectionStatus {
  name: string;
  position: bigint;
  lagEvents: number;
  lagSeconds: number;
  state: ProjectionState;
  /** Why it failed, when it did. */
  error?: string;
  /** Events it could not apply, kept aside until a retry applies them. */
  parked: number;
  parkedEvents: ParkedEvent[];
}

export interface RebuildProgress {
  name: string;
  position: bigint;
  head: bigint;
  events: number;
}

export interface RebuildResult {
  name: string;
  position: bigint;
  events: number;
  seconds: number;
}
