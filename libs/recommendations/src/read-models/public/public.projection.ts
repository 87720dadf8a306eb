import type { RecordedEvent } from '@app/event-store';
import type { Projection, ReadView, Write } from '@app/projections';
import {
  ACTION_EVENT_TYPES,
  INSTITUTION_EVENT_TYPES,
  PROGRESS_REPORT_EVENT_TYPES,
  isRecommendationEventType,
  type InstitutionEvent,
} from '../../domain';
import {
  ACTION_STREAM_PREFIX,
  INSTITUTION_STREAM_PREFIX,
  PROGRESS_REPORT_STREAM_PREFIX,
  RECOMMENDATION_STREAM_PREFIX,
} from '../../commands/common/stream-names';
import type { EventDecoder } from '../../events';
import { isPublicationEventType } from './publication-events';
import { publicActionWrites } from './public-action-rows';
import { publicRecommendationWrites } from './public-recommendation-rows';
import { publicReportWrites } from './public-report-rows';
import { PUBLIC_PORTAL_TABLES, PUBLIC_TABLES } from './public.tables';

const known = (types: readonly string[], type: string): boolean =>
  types.includes(type) || isPublicationEventType(type);

type Handler = (event: RecordedEvent, view: ReadView, decoder: EventDecoder) => Write[];

function institutionWrites(event: RecordedEvent, view: ReadView, decoder: EventDecoder): Write[] {
  const institutionId = event.stream.slice(INSTITUTION_STREAM_PREFIX.length);
  const decoded = decoder.decodeAs<InstitutionEvent>(event);
  if (decoded.data.names === undefined) return [];
  const row = { institution_id: institutionId, names: JSON.stringify(decoded.data.names) };
  return [{ kind: 'upsert', table: PUBLIC_TABLES.institutions, key: ['institution_id'], row }];
}

/** Which fold an event belongs to, by its stream and type; undefined for events the portal never reads. */
function handlerOf(event: RecordedEvent): Handler | undefined {
  const { stream, type } = event;
  if (stream.startsWith(RECOMMENDATION_STREAM_PREFIX))
    return isRecommendationEventType(type) || isPublicationEventType(type)
      ? publicRecommendationWrites
      : undefined;
  if (stream.startsWith(ACTION_STREAM_PREFIX))
    return known(ACTION_EVENT_TYPES, type) ? publicActionWrites : undefined;
  if (stream.startsWith(PROGRESS_REPORT_STREAM_PREFIX))
    return known(PROGRESS_REPORT_EVENT_TYPES, type) ? publicReportWrites : undefined;
  if (stream.startsWith(INSTITUTION_STREAM_PREFIX))
    return (INSTITUTION_EVENT_TYPES as readonly string[]).includes(type) ? institutionWrites : undefined;
  return undefined;
}

/** The public portal's read model: only what the secretariat published, only in the contract's public fields. */
export const publicPortalProjection = (decoder: EventDecoder): Projection => ({
  name: 'public',
  version: 1,
  tables: PUBLIC_PORTAL_TABLES,
  handles: (event) => handlerOf(event) !== undefined,
  project: (event, view) => handlerOf(event)?.(event, view, decoder) ?? [],
});
