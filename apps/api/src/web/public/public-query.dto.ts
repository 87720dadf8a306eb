import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Length } from 'class-validator';
import { MECHANISM_KINDS, RECOMMENDATION_STATUSES } from '@app/recommendations';
import { Optional } from '../../http/optional.decorator';
import { IntegerBetween, digitsToNumber } from '../../queries/read-model-params';
import { LOCALES } from '../i18n/locales';

const POSITIONS = ['supported', 'partially_supported', 'noted', 'pending'] as const;

/** The portal's language: chosen in the address, so pages need no cookie and cache per language. */
export class PublicLanguageDto {
  @ApiPropertyOptional({ enum: LOCALES, default: 'en' })
  @Optional()
  @IsIn(LOCALES)
  lang?: (typeof LOCALES)[number];
}

/** The board's filters and page; each value a choice the board's own form offers. */
export class PublicBoardQueryDto extends PublicLanguageDto {
  @Optional()
  @Length(1, 200)
  theme?: string;

  @Optional()
  @IsIn(MECHANISM_KINDS)
  mechanism?: string;

  @Optional()
  @Length(1, 20)
  sdg?: string;

  @Optional()
  @IsIn(RECOMMENDATION_STATUSES.filter((status) => status !== 'none'))
  status?: string;

  @Optional()
  @IsIn(POSITIONS)
  position?: string;

  @digitsToNumber
  @Optional()
  @IntegerBetween(1, 100_000)
  page?: number;
}

export const POSITION_CHOICES = POSITIONS;
