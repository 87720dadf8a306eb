import type { JsonObject, RecordedEvent } from '../event-store.port';
import type { VerifiableEvent } from './chain-report';

/** One line of an audit export (NDJSON): the event exactly as stored, with where the log put it. */
export interface ExportedEvent {
  stream: string;
  revision: number;
  /** Decimal string: positions can outgrow a JSON number. */
  position: string;
  eventId: string;
  type: string;
  data: JsonObject;
  metadata: JsonObject;
  /** When the store wrote it; not covered by the hash (occurredAt in metadata is). */
  recordedAt: string;
}

/** A line of an export that is not an exported event; the file was damaged or is not an export. */
export class MalformedExportError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`Line ${line} of the export is not an exported event: ${reason}`);
    this.name = 'MalformedExportError';
  }
}

/** An event as stored, in JSON form: what an export line holds and what the audit routes answer. */
export const toExportedEvent = (event: RecordedEvent): ExportedEvent => ({
  stream: event.stream,
  revision: Number(event.revision),
  position: event.position.toString(),
  eventId: event.id,
  type: event.type,
  data: event.data,
  metadata: event.metadata,
  recordedAt: event.recordedAt,
});

export const toExportLine = (event: RecordedEvent): string => JSON.stringify(toExportedEvent(event));

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseExportLine(text: string, line: number): VerifiableEvent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new MalformedExportError(line, 'it is not JSON');
  }
  if (!isObject(parsed)) throw new MalformedExportError(line, 'it is not a JSON object');
  const { stream, revision, position, type, data, metadata } = parsed;
  if (typeof stream !== 'string' || stream === '') throw new MalformedExportError(line, 'no stream');
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0) {
    throw new MalformedExportError(line, 'revision is not a non-negative integer');
  }
  if (typeof position !== 'string' || !/^\d{1,20}$/.test(position)) {
    throw new MalformedExportError(line, 'position is not a decimal string');
  }
  if (typeof type !== 'string') throw new MalformedExportError(line, 'no type');
  if (!isObject(data) || !isObject(metadata)) {
    throw new MalformedExportError(line, 'data and metadata must be objects');
  }
  return { stream, revision: BigInt(revision), position: BigInt(position), type, data, metadata };
}
