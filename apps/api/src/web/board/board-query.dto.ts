import { Optional } from '../../http/optional.decorator';
import { ListRecommendationsDto } from '../../queries/list-recommendations.dto';
import { IntegerBetween, digitsToNumber } from '../../queries/read-model-params';

/** The API's list filters, plus the page number the board shows beside its cursor. */
export class BoardQueryDto extends ListRecommendationsDto {
  @digitsToNumber
  @Optional()
  @IntegerBetween(1, 100_000)
  page?: number;
}
