import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_MEDIA_TYPES } from '@app/recommendations';
import { ActorResponse } from '../queries/actor.response';

/** A file attached to a recommendation, as `GET /recommendations/:id` lists it. */
export class EvidenceItemResponse {
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the bytes; names the download' })
  sha256!: string;

  @ApiProperty({
    example: 'minutes-2021-05.pdf',
    description: "The uploader's name for it, for display only",
  })
  fileName!: string;

  @ApiProperty({ enum: EVIDENCE_MEDIA_TYPES, description: 'Found from the content, not the name' })
  mediaType!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 20 * 1024 * 1024 })
  size!: number;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The revision of the decision it supports' })
  decisionRevision!: number | null;

  @ApiProperty({ format: 'date-time' })
  attachedAt!: string;

  @ApiProperty({ type: () => ActorResponse })
  attachedBy!: ActorResponse;
}
