import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROJECTION_STATES, type ProjectionState } from '@app/projections';

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
}

export class RebuildAcceptedResponse {
  @ApiProperty({ example: 'recommendations' })
  name!: string;

  @ApiProperty({ enum: ['rebuilding'] })
  state!: 'rebuilding';
}
