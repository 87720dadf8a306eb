import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { INSTITUTION_KINDS, type InstitutionKind } from '@app/recommendations';
import { Optional } from '../http/optional.decorator';
import { OneOf, TrimmedString } from '../http/validation.decorators';

/** Institution ids are the caller's, readable in URLs: `ministry-of-justice`. */
export const INSTITUTION_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export class InstitutionNamesDto {
  @TrimmedString({ max: 300, example: 'Ministry of Justice' }) en!: string;
  @TrimmedString({ max: 300, optional: true, example: 'Министерство юстиции' }) ru?: string;
  @TrimmedString({ max: 300, optional: true, example: 'Adalatçylyk ministrligi' }) tk?: string;
}

export class RegisterInstitutionDto {
  @TrimmedString({
    max: 64,
    pattern: INSTITUTION_ID,
    patternMessage: 'id may only contain lowercase letters, digits, dot, underscore and hyphen',
    example: 'ministry-of-justice',
  })
  id!: string;

  @ApiProperty({ type: () => InstitutionNamesDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionNamesDto)
  names!: InstitutionNamesDto;

  @OneOf(INSTITUTION_KINDS, { example: 'ministry' }) kind!: InstitutionKind;

  @TrimmedString({ max: 20, optional: true, example: 'MoJ' }) abbreviation?: string;
}

export class UpdateInstitutionDto {
  @ApiPropertyOptional({ type: () => InstitutionNamesDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionNamesDto)
  names?: InstitutionNamesDto;

  @OneOf(INSTITUTION_KINDS, { optional: true, example: 'ministry' }) kind?: InstitutionKind;

  @TrimmedString({ max: 20, optional: true, example: 'MoJ' }) abbreviation?: string;
}
