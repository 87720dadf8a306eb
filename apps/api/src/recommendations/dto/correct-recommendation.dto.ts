import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { TrimmedString } from '../../http/validation.decorators';
import { AmendRecommendationDto } from './amend-recommendation.dto';

/** The fields to correct, with the amendment's rules (so every field refuses null), and why. */
export class CorrectRecommendationDto {
  @ApiProperty({ type: AmendRecommendationDto, description: 'At least one proposal field but reference' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AmendRecommendationDto)
  changes!: AmendRecommendationDto;

  @TrimmedString({ max: 5000, example: 'Typo in the text as adopted: "discrimnation".' })
  reason!: string;
}
