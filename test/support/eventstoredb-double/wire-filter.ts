import type { RecordedEvent } from '@app/event-store';
import type { ReadReq } from '@eventstore/db-client/generated/streams_pb';

/** The server's search window when the client does not set one (its read batch size). */
const DEFAULT_SEARCH_WINDOW = 32;

export interface WireFilter {
  matches(event: RecordedEvent): boolean;
  /** A checkpoint is sent after this many events have been considered. */
  checkpointInterval: number;
}

/** A $all filter as the server applies it: on stream names or on event types, by prefixes or else by a regex. */
export function wireFilter(options: ReadReq.Options): WireFilter | undefined {
  const filter = options.getFilter();
  if (!options.hasFilter() || !filter) return undefined;
  const onStreams = filter.hasStreamIdentifier();
  const expression = onStreams ? filter.getStreamIdentifier() : filter.getEventType();
  const prefixes = expression?.getPrefixList() ?? [];
  const regex = new RegExp(expression?.getRegex() ?? '');
  const test =
    prefixes.length > 0
      ? (value: string) => prefixes.some((p) => value.startsWith(p))
      : (value: string) => regex.test(value);
  const window = filter.hasMax() ? filter.getMax() : DEFAULT_SEARCH_WINDOW;
  return {
    matches: (event) => test(onStreams ? event.stream : event.type),
    checkpointInterval: window * Math.max(1, filter.getCheckpointintervalmultiplier()),
  };
}
