import { SUMMARY_DIMENSIONS, type SummaryDimension } from '@app/recommendations';
import { OneOf } from '../http/validation.decorators';
import { RecommendationFiltersDto } from './recommendation-filters.dto';

export class SummaryDto extends RecommendationFiltersDto {
  @OneOf(SUMMARY_DIMENSIONS, { example: 'status' })
  by!: SummaryDimension;
}
