import type { ProjectionStatus } from '@app/projections';

export type HealthStatus = 'ok' | 'degraded' | 'unavailable';

/** Degraded: the log is reachable but a read model failed, parked an event, or lags beyond the configured bound. */
export function healthStatus(
  storeReachable: boolean,
  projections: readonly ProjectionStatus[],
  maxLagSeconds: number,
): HealthStatus {
  if (!storeReachable) return 'unavailable';
  const degraded = projections.some(
    (p) => p.state === 'failed' || p.parked > 0 || p.lagSeconds > maxLagSeconds,
  );
  return degraded ? 'degraded' : 'ok';
}
