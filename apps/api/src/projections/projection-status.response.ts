import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROJECTION_STATES, type ProjectionState } from '@app/projections';

/** An event the projection could not apply; it stays here until a retry applies it. */
export class ParkedEventResponse {
  @ApiProperty({ example: '118', description: 'Log position of the event' })
  position!: string;

  @ApiProperty({ example: 'recommendation-0b6f0c1e-6c1f-4b1e-9a55-3c2f0d6b9e10' })
  stream!: string;

  @ApiProperty({ example: '3' })
  revision!: string;

  @ApiProperty({ example: 'RecommendationAmended' })
  type!: string;

  @ApiProperty({ description: 'Why applying it failed, the last time it was tried' })
  error!: string;

  @ApiProperty({ format: 'date-time' })
  parkedAt!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  attempts!: number;
}

export class ProjectionStatusResponse {
  @ApiProperty({ example: 'recommendations' })
  name!: string;

  @ApiProperty({ example: '42', description: 'The checkpoint: the last log position applied' })
  position!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events in the log not applied yet' })
  lagEvents!: number;

  @ApiProperty({ type: 'number', minimum: 0, description: 'Age of the oldest event not applied yet' })
  lagSeconds!: number;

  @ApiProperty({ enum: PROJECTION_STATES })
  state!: ProjectionState;

  @ApiPropertyOptional({ description: 'Why it failed, when it did' })
  error?: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many events are parked' })
  parked!: number;

  @ApiProperty({ type: () => ParkedEventResponse, isArray: true })
  parkedEvents!: ParkedEventResponse[];
}

export class RetryResponse {
  @ApiProperty({ example: 'recommendations' })
  name!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Parked events tried' })
  retried!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Tried and applied, so no longer parked' })
  applied!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Still parked after the retry' })
  parked!: number;
}

export class RebuildAcceptedResponse {
  @ApiProperty({ example: 'recommendations' })
  name!: string;

  @ApiProperty({ enum: ['rebuilding'] })
  state!: 'rebuilding';
}
