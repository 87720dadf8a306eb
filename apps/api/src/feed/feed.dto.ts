import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { MAX_FEED_PAGE } from '@app/recommendations';
import { ConsistentWith, IntegerBetween, digitsToNumber } from '../queries/read-model-params';

export class FeedDto {
  @ApiPropertyOptional({ type: String, example: '0', description: 'Events strictly after this log position' })
  @ConsistentWith()
  after?: string;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: MAX_FEED_PAGE, default: 100 })
  @IsOptional()
  @digitsToNumber
  @IntegerBetween(1, MAX_FEED_PAGE)
  limit?: number;

  @ConsistentWith()
  consistentWith?: string;
}
