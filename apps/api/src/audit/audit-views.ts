import type { JsonObject, RecordedEvent } from '@app/event-store';
import type { RecommendationState } from '@app/recommendations';

/** An event as stored, with numbers and positions in the API's JSON form (API.md). */
export interface LoggedEventView {
  revision: number;
  position: string;
  eventId: string;
  type: string;
  data: JsonObject;
  metadata: JsonObject;
  /** When the store wrote it; not covered by the hash (occurredAt in metadata is). */
  recordedAt: string;
}

export interface HistoryView {
  id: string;
  events: LoggedEventView[];
}

export interface StateView {
  id: string;
  revision: number;
  asOf: string;
  state: RecommendationState;
}

export interface AuditEventView extends LoggedEventView {
  stream: string;
}

export interface AuditEventsView {
  events: AuditEventView[];
  /** Pass as `after` for the next page; null at the end of the log. */
  nextAfter: string | null;
}

export const loggedEventView = (event: RecordedEvent): LoggedEventView => ({
  revision: Number(event.revision),
  position: event.position.toString(),
  eventId: event.id,
  type: event.type,
  data: event.data,
  metadata: event.metadata,
  recordedAt: event.recordedAt,
});

export const auditEventView = (event: RecordedEvent): AuditEventView => ({
  stream: event.stream,
  ...loggedEventView(event),
});
