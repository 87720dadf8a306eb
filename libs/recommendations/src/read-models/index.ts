import { ProjectionRuntime, type ProjectionRuntimeOptions } from '@app/projections';
import { feedProjection } from './feed.projection';
import { recommendationLifecycleProjection } from './recommendation-lifecycle.projection';

export * from './read-model.tables';
export * from './recommendation-view';
export * from './feed.projection';
export * from './recommendation-lifecycle.projection';

/** Every projection of the recommendation read models, run by the API (inline) or by `cli projections run`. */
export const READ_MODEL_PROJECTIONS = [recommendationLifecycleProjection, feedProjection] as const;

/** The runtime of these read models; the API, its projection thread, the CLI and the bench all build it here. */
export const readModelRuntime = (options: Omit<ProjectionRuntimeOptions, 'projections'>): ProjectionRuntime =>
  new ProjectionRuntime({ ...options, projections: READ_MODEL_PROJECTIONS });

export const PROJECTION_NAMES = {
  recommendations: recommendationLifecycleProjection.name,
  feed: feedProjection.name,
} as const;
