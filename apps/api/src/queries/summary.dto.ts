import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn } from 'class-validator';
import { SUMMARY_DIMENSIONS, type SummaryDimension } from '@app/recommendations';
import { RecommendationFiltersDto } from './recommendation-filters.dto';

/** Model version 1's dimensions, still accepted: the answer names the version 2 one. */
const DEPRECATED_DIMENSIONS: Record<string, SummaryDimension> = {
  sourceKind: 'mechanism',
  sourceEntity: 'party',
};

export class SummaryDto extends RecommendationFiltersDto {
  @ApiProperty({
    enum: SUMMARY_DIMENSIONS,
    example: 'mechanism',
    description: 'sourceKind and sourceEntity (deprecated) count by mechanism and party',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (DEPRECATED_DIMENSIONS[value] ?? value) : value,
  )
  @IsIn(SUMMARY_DIMENSIONS, { message: `by must be one of: ${SUMMARY_DIMENSIONS.join(', ')}` })
  by!: SummaryDimension;
}
