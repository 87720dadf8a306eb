import type { ParkedEvent, ProjectionStatus } from '@app/projections';

export interface ParkedEventView {
  position: string;
  stream: string;
  revision: string;
  type: string;
  error: string;
  parkedAt: string;
  attempts: number;
}

export interface ProjectionStatusView {
  name: string;
  position: string;
  lagEvents: number;
  lagSeconds: number;
  state: string;
  error?: string;
  parked: number;
  parkedEvents: ParkedEventView[];
}

const parkedEventView = ({ position, revision, ...event }: ParkedEvent): ParkedEventView => ({
  ...event,
  position: position.toString(),
  revision: revision.toString(),
});

/** Positions and revisions are written as decimal strings, as everywhere in the API. */
export const projectionStatusView = ({
  position,
  parkedEvents,
  ...status
}: ProjectionStatus): ProjectionStatusView => ({
  ...status,
  position: position.toString(),
  parkedEvents: parkedEvents.map(parkedEventView),
});
