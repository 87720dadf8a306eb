import { ProjectionRuntime, type Projection, type ProjectionRuntimeOptions } from '@app/projections';
import { EventDecoder, type UpcasterRegistry } from '../events';
import { actionsProjection } from './actions/actions.projection';
import { feedProjection } from './feed.projection';
import { progressReportsProjection } from './progress-reports.projection';
import { publicPortalProjection } from './public/public.projection';
import {
  lifecycleProjection,
  recommendationLifecycleProjection,
} from './recommendation-lifecycle.projection';

export * from './read-model.tables';
export * from './recommendation-view';
export * from './feed.projection';
export * from './actions/actions.projection';
export * from './actions/action-tables';
export * from './actions/action-view';
export * from './recommendation-lifecycle.projection';
export * from './progress-reports.tables';
export * from './progress-reports.projection';
export * from './public/public.projection';
export * from './public/public.tables';

/** Every projection of the recommendation read models, reading stored events through `decoder`. */
export const readModelProjections = (decoder: EventDecoder): Projection[] => [
  lifecycleProjection(decoder),
  feedProjection,
  progressReportsProjection(decoder),
  actionsProjection(decoder),
  publicPortalProjection(decoder),
];

/** The read models with the production upcasters, as the API, the CLI and the bench run them. */
export const READ_MODEL_PROJECTIONS = [
  recommendationLifecycleProjection,
  feedProjection,
  progressReportsProjection(new EventDecoder()),
  actionsProjection(new EventDecoder()),
  publicPortalProjection(new EventDecoder()),
] as const;

export interface ReadModelRuntimeOptions extends Omit<ProjectionRuntimeOptions, 'projections'> {
  /** The upcasters commands and history use too; the production ones when left out. */
  upcasters?: UpcasterRegistry;
}

/** The runtime of these read models; the API, its projection thread, the CLI and the bench all build it here. */
export const readModelRuntime = ({ upcasters, ...options }: ReadModelRuntimeOptions): ProjectionRuntime =>
  new ProjectionRuntime({ ...options, projections: readModelProjections(new EventDecoder(upcasters)) });

export const PROJECTION_NAMES = {
  recommendations: recommendationLifecycleProjection.name,
  feed: feedProjection.name,
  progressReports: 'progress-reports',
  actions: 'actions',
  public: 'public',
} as const;
export * from './source-columns';
