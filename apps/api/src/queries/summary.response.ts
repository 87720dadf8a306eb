import { ApiProperty } from '@nestjs/swagger';
import { SUMMARY_DIMENSIONS, type SummaryDimension } from '@app/recommendations';

export class SummaryGroupResponse {
  @ApiProperty({ type: String, nullable: true, example: 'supported', description: 'null for "none yet"' })
  key!: string | null;

  @ApiProperty({ type: 'integer', minimum: 0 })
  count!: number;
}

export class SummaryResponse {
  @ApiProperty({ enum: SUMMARY_DIMENSIONS })
  by!: SummaryDimension;

  @ApiProperty({ example: '42', description: 'The log position the counts reflect' })
  position!: string;

  @ApiProperty({ type: () => SummaryGroupResponse, isArray: true })
  groups!: SummaryGroupResponse[];
}
