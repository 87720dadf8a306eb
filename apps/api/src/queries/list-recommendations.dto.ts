import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { MAX_PAGE_SIZE } from '@app/recommendations';
import { IntegerBetween, PreferredLanguage, digitsToNumber } from './read-model-params';
import { RecommendationFiltersDto } from './recommendation-filters.dto';
import { Optional } from '../http/optional.decorator';

export const DEFAULT_PAGE_SIZE = 50;

export class ListRecommendationsDto extends RecommendationFiltersDto {
  @PreferredLanguage() lang?: string;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @digitsToNumber
  @Optional()
  @IntegerBetween(1, MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ type: String, description: 'The nextCursor of the page before' })
  @Optional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'cursor must be a nextCursor this API gave out' })
  cursor?: string;
}
