import { ApiProperty } from '@nestjs/swagger';
import { SUMMARY_DIMENSIONS, type SummaryDimension } from '@app/recommendations';

export class SummaryGroupResponse {
  @ApiProperty({ type: String, nullable: true, example: 'supported', description: 'null for "none yet"' })
  key!: string | null;

  @ApiProperty({ type: 'integer', minimum: 0 })
  count!: number;
}

/** `by=x`: one dimension. */
export class SummaryResponse {
  @ApiProperty({ enum: SUMMARY_DIMENSIONS })
  by!: SummaryDimension;

  @ApiProperty({ example: '42', description: 'The log position the counts reflect' })
  position!: string;

  @ApiProperty({ type: () => SummaryGroupResponse, isArray: true })
  groups!: SummaryGroupResponse[];
}

export class CrossTabulationGroupResponse {
  @ApiProperty({
    type: 'array',
    items: { type: 'string', nullable: true },
    minItems: 2,
    maxItems: 2,
    example: ['upr', 'planned'],
    description: 'The keys in the order of `by`; null for "none yet"',
  })
  key!: [string | null, string | null];

  @ApiProperty({ type: 'integer', minimum: 0 })
  count!: number;
}

/** `by=x,y`: two dimensions cross-tabulated. */
export class CrossTabulationResponse {
  @ApiProperty({
    type: 'array',
    items: { type: 'string', enum: [...SUMMARY_DIMENSIONS] },
    minItems: 2,
    maxItems: 2,
    example: ['mechanism', 'status'],
  })
  by!: [SummaryDimension, SummaryDimension];

  @ApiProperty({ example: '42', description: 'The log position the counts reflect' })
  position!: string;

  @ApiProperty({ type: () => CrossTabulationGroupResponse, isArray: true })
  groups!: CrossTabulationGroupResponse[];
}
