import { toExportedEvent, type ExportedEvent, type RecordedEvent } from '@app/event-store';
import type { RecommendationState } from '@app/recommendations';

/** An event of one stream's history: an export line without the stream, which the route already names. */
export type LoggedEventView = Omit<ExportedEvent, 'stream'>;

/** On the effective timeline each event also says when it took effect. */
export type TimedEventView = LoggedEventView & { effectiveAt?: string };

export interface HistoryView {
  id: string;
  events: TimedEventView[];
}

export interface StateView {
  id: string;
  revision: number;
  asOf: string;
  state: RecommendationState;
}

/** The global log's events carry their stream too: the same form as an audit export line. */
export type AuditEventView = ExportedEvent;

export interface AuditEventsView {
  events: AuditEventView[];
  /** Pass as `after` for the next page; null at the end of the log. */
  nextAfter: string | null;
}

export const loggedEventView = (event: RecordedEvent): LoggedEventView => {
  const { stream: _stream, ...view } = toExportedEvent(event);
  return view;
};

export const auditEventView = toExportedEvent;
