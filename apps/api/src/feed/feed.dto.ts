import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_FEED_PAGE } from '@app/recommendations';
import { ConsistentWith, IntegerBetween, LogPosition, digitsToNumber } from '../queries/read-model-params';
import { Optional } from '../http/optional.decorator';

export class FeedDto {
  @LogPosition('Events strictly after this log position')
  after?: string;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: MAX_FEED_PAGE, default: 100 })
  @Optional()
  @digitsToNumber
  @IntegerBetween(1, MAX_FEED_PAGE)
  limit?: number;

  @ConsistentWith()
  consistentWith?: string;
}
