import {
  InvalidAppendError,
  WrongExpectedVersionError,
  type EventToAppend,
  type ExpectedRevision,
  type JsonObject,
  type SqliteEventStore,
} from '@app/event-store';
import type { UUID } from '@eventstore/db-client/generated/shared_pb';
import { uuidText } from './wire';

/** A proposed message of Append or BatchAppend, as it came over the wire. */
export interface ProposedMessage {
  getId(): UUID | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

export type AppendOutcome =
  /** `position` is undefined for an idempotent retry: the server answers those without a position. */
  | { kind: 'success'; revision: bigint; position: bigint | undefined }
  | { kind: 'wrong-expected-version'; current: bigint | undefined }
  | { kind: 'too-large'; maxAppendSize: number }
  | { kind: 'invalid'; message: string };

/** Writes one append into the backing store and says how the real server would answer it. */
export async function appendToStore(
  store: SqliteEventStore,
  stream: string,
  expected: ExpectedRevision,
  proposed: readonly ProposedMessage[],
  maxAppendSize: number,
): Promise<AppendOutcome> {
  // The server's size check: data, metadata and type of every event of the append together.
  const size = proposed.reduce(
    (total, message) =>
      total +
      message.getData_asU8().length +
      message.getCustomMetadata_asU8().length +
      Buffer.byteLength(message.getMetadataMap().get('type') ?? ''),
    0,
  );
  if (size > maxAppendSize) return { kind: 'too-large', maxAppendSize };
  try {
    const events = proposed.map(toEventToAppend);
    // Both calls run their synchronous SQLite work in this order, so `before` is the head just before the write.
    const [before, result] = await Promise.all([
      store.headPosition(),
      store.append(stream, events, { expectedRevision: expected }),
    ]);
    const written = result.position > before;
    return {
      kind: 'success',
      revision: result.nextExpectedRevision,
      position: written ? result.position : undefined,
    };
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) {
      return {
        kind: 'wrong-expected-version',
        current: error.actual === 'no_stream' ? undefined : error.actual,
      };
    }
    if (error instanceof InvalidAppendError) return { kind: 'invalid', message: error.message };
    throw error;
  }
}

function toEventToAppend(message: ProposedMessage): EventToAppend {
  const metadata = message.getMetadataMap();
  if (metadata.get('content-type') !== 'application/json') {
    throw new InvalidAppendError('The EventStoreDB test double stores JSON events only');
  }
  const customMetadata = message.getCustomMetadata_asU8();
  return {
    id: uuidText(message.getId()),
    type: metadata.get('type') ?? '',
    data: parseObject(message.getData_asU8(), 'data'),
    metadata: customMetadata.length === 0 ? undefined : parseObject(customMetadata, 'metadata'),
  };
}

function parseObject(bytes: Uint8Array, what: string): JsonObject {
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as JsonObject;
  } catch {
    // Reported below with the same message as a non-object.
  }
  throw new InvalidAppendError(`The event ${what} is not a JSON object`);
}
