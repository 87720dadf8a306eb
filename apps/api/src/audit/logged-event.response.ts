import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ActorResponse } from '../queries/recommendation.response';

export class EventMetadataResponse {
  @ApiProperty({ type: () => ActorResponse })
  actor!: ActorResponse;

  @ApiProperty({ format: 'date-time', description: 'When the command ran (covered by the hash)' })
  occurredAt!: string;

  @ApiProperty()
  correlationId!: string;

  @ApiProperty()
  causationId!: string;

  @ApiProperty({ description: 'The Idempotency-Key when one was sent' })
  commandId!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  schemaVersion!: number;

  @ApiPropertyOptional({ description: 'SHA-256 of the request that made the event' })
  requestHash?: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'The hash of the event before it in the stream' })
  prevHash!: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  hash!: string;
}

/** An event of one stream's history, as stored. */
export class LoggedEventResponse {
  @ApiProperty({ type: 'integer', minimum: 0 })
  revision!: number;

  @ApiProperty({ example: '42' })
  position!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ example: 'PositionRecorded' })
  type!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's payload" })
  data!: Record<string, unknown>;

  @ApiProperty({ type: () => EventMetadataResponse })
  metadata!: EventMetadataResponse;

  @ApiProperty({ format: 'date-time', description: 'When the store wrote it; not covered by the hash' })
  recordedAt!: string;
}

/** An event of one recommendation's history, which on the effective timeline also says when it took effect. */
export class HistoryEventResponse extends LoggedEventResponse {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'timeline=effective only: its effectiveDate (00:00 UTC) where it has one, else occurredAt',
  })
  effectiveAt?: string;
}

/** An event of the global log: the same with its stream, as in an audit export line. */
export class AuditEventResponse extends LoggedEventResponse {
  @ApiProperty({ example: 'recommendation-6a1f2c3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b' })
  stream!: string;
}
