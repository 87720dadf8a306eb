import type { RecordedEvent } from '@app/event-store';
import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';

/** .NET ticks (100 ns) per millisecond: the unit of the "created" metadata the server sends. */
const TICKS_PER_MS = 10_000n;

export function streamNameOf(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

export function streamIdentifier(name: string): StreamIdentifier {
  return new StreamIdentifier().setStreamName(Uint8Array.from(Buffer.from(name, 'utf8')));
}

/** Reads a UUID sent either as a string or as two signed 64-bit halves. */
export function uuidText(uuid: UUID | undefined): string {
  if (!uuid) return '';
  if (!uuid.hasStructured()) return uuid.getString().toLowerCase();
  const structured = uuid.getStructured() as UUID.Structured;
  const bytes = Buffer.alloc(16);
  bytes.writeBigUInt64BE(BigInt.asUintN(64, BigInt(structured.getMostSignificantBits())), 0);
  bytes.writeBigUInt64BE(BigInt.asUintN(64, BigInt(structured.getLeastSignificantBits())), 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Writes a UUID in the form the reader asked for. */
export function wireUuid(id: string, structured: boolean): UUID {
  if (!structured) return new UUID().setString(id);
  const bytes = Buffer.from(id.replace(/-/g, ''), 'hex');
  const half = (offset: number) => BigInt.asIntN(64, bytes.readBigUInt64BE(offset)).toString();
  return new UUID().setStructured(
    new UUID.Structured().setMostSignificantBits(half(0)).setLeastSignificantBits(half(8)),
  );
}

/** One stored event as the server sends it: JSON content type, commit = prepare = the store's position. */
export function eventMessage(event: RecordedEvent, structuredIds: boolean): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(wireUuid(event.id, structuredIds))
    .setStreamIdentifier(streamIdentifier(event.stream))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(event.position.toString())
    .setPreparePosition(event.position.toString())
    .setData(Buffer.from(JSON.stringify(event.data), 'utf8'))
    .setCustomMetadata(Buffer.from(JSON.stringify(event.metadata), 'utf8'));
  recorded
    .getMetadataMap()
    .set('type', event.type)
    .set('content-type', 'application/json')
    .set('created', (BigInt(Date.parse(event.recordedAt)) * TICKS_PER_MS).toString());
  const read = new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(event.position.toString());
  return new ReadResp().setEvent(read);
}

export function confirmationMessage(subscriptionId: string): ReadResp {
  return new ReadResp().setConfirmation(
    new ReadResp.SubscriptionConfirmation().setSubscriptionId(subscriptionId),
  );
}

export function checkpointMessage(position: bigint): ReadResp {
  const checkpoint = new ReadResp.Checkpoint()
    .setCommitPosition(position.toString())
    .setPreparePosition(position.toString());
  return new ReadResp().setCheckpoint(checkpoint);
}

export function caughtUpMessage(): ReadResp {
  return new ReadResp().setCaughtUp(new ReadResp.CaughtUp());
}

export function streamNotFoundMessage(stream: string): ReadResp {
  return new ReadResp().setStreamNotFound(
    new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(stream)),
  );
}
