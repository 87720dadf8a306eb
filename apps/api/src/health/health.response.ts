import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ProjectionStatusResponse } from '../projections/projection-status.response';

export const HEALTH_STATUSES = ['ok', 'degraded', 'unavailable'] as const;

export class StoreHealthResponse {
  @ApiProperty({ example: 'sqlite' })
  kind!: string;

  @ApiProperty()
  reachable!: boolean;

  @ApiProperty({ example: '42', description: "The log's head position" })
  position!: string;

  @ApiPropertyOptional({ description: 'Why the store is not reachable' })
  detail?: string;
}

/** Anyone gets the status; auditors and admins also get the store and the projections. */
export class HealthResponse {
  @ApiProperty({
    enum: HEALTH_STATUSES,
    description:
      'ok (200); degraded (503): a projection failed, holds parked events or lags beyond the bound; unavailable (503): the store cannot be reached',
  })
  status!: (typeof HEALTH_STATUSES)[number];

  @ApiPropertyOptional({ type: () => StoreHealthResponse, description: 'Auditors and admins only' })
  store?: StoreHealthResponse;

  @ApiPropertyOptional({
    type: () => ProjectionStatusResponse,
    isArray: true,
    description: 'Auditors and admins only',
  })
  projections?: ProjectionStatusResponse[];
}
