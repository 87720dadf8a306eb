import type { ProjectionStatus } from '@app/projections';

export interface ProjectionStatusView {
  name: string;
  position: string;
  lagEvents: number;
  lagSeconds: number;
  state: string;
  error?: string;
}

/** docs/api.md writes positions as decimal strings. */
export const projectionStatusView = ({ position, ...status }: ProjectionStatus): ProjectionStatusView => ({
  ...status,
  position: position.toString(),
});
