import { TrimmedString } from '../http/validation.decorators';
import { LANGUAGE_TAG } from '../http/language-tag';
import { RecommendationFiltersDto } from './recommendation-filters.dto';

/** `GET /reports/recommendations.csv`: the list's filters, and the language of the institutions' names. */
export class RecommendationExportDto extends RecommendationFiltersDto {
  @TrimmedString({
    max: 35,
    optional: true,
    pattern: LANGUAGE_TAG,
    patternMessage: '$property must be a BCP 47 language tag like ru or tk',
    example: 'ru',
    description: 'Name institutions in this language (ru, tk) where they have a name in it, else in English',
  })
  lang?: string;
}
