import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { CHAIN_FAILURE_REASONS, type ChainFailureReason } from '@app/event-store';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '@app/recommendations';
import { AuditEventResponse, HistoryEventResponse } from './logged-event.response';

export class HistoryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: () => HistoryEventResponse, isArray: true })
  events!: HistoryEventResponse[];
}

@ApiSchema({ description: 'The status, and every field the recommendation holds in that status' })
export class DeciderStateResponse {
  @ApiProperty({ enum: RECOMMENDATION_STATUSES })
  status!: RecommendationStatus;
}

export class StateResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'The last revision folded in' })
  revision!: number;

  @ApiProperty({ format: 'date-time' })
  asOf!: string;

  @ApiProperty({
    type: () => DeciderStateResponse,
    description: "The decider's state: status plus the fields that status carries",
  })
  state!: DeciderStateResponse & Record<string, unknown>;
}

export class EvidenceProblemResponse {
  @ApiProperty()
  stream!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'The first event naming the file' })
  revision!: number;

  @ApiProperty({ example: 'EvidenceAttached' })
  eventType!: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  sha256!: string;

  @ApiProperty({ enum: ['evidence_missing', 'evidence_altered'] })
  problem!: 'evidence_missing' | 'evidence_altered';
}

export class EvidenceReportResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Distinct files named' })
  filesChecked!: number;

  @ApiProperty({ type: () => EvidenceProblemResponse, isArray: true, description: 'One per file' })
  problems!: EvidenceProblemResponse[];
}

export class ChainFailureResponse {
  @ApiProperty()
  stream!: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  revision!: number;

  @ApiProperty({ enum: CHAIN_FAILURE_REASONS })
  reason!: ChainFailureReason;

  @ApiProperty()
  detail!: string;
}

export class VerifyResponse {
  @ApiProperty()
  ok!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0 })
  streamsChecked!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  eventsChecked!: number;

  @ApiProperty({ type: () => ChainFailureResponse, isArray: true, maxItems: 1000 })
  failures!: ChainFailureResponse[];

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Failures beyond the first 1,000' })
  failuresOmitted!: number;

  @ApiProperty({
    type: () => EvidenceReportResponse,
    description: 'The evidence files the verified events name, each re-hashed; ok is false on any problem',
  })
  evidence!: EvidenceReportResponse;
}

export class AuditEventsResponse {
  @ApiProperty({ type: () => AuditEventResponse, isArray: true })
  events!: AuditEventResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as after for the next page; null at the end',
  })
  nextAfter!: string | null;
}
