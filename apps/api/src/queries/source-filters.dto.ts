import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  MECHANISM_KINDS,
  V1_SOURCE_KINDS,
  mechanismsOfV1Kind,
  type MechanismKind,
  type RecommendationFilters,
  type V1SourceKind,
} from '@app/recommendations';
import { Optional } from '../http/optional.decorator';
import { RequestValidationError } from '../http/request-validation.error';
import { OneOf, TrimmedString } from '../http/validation.decorators';
import { LANGUAGE_TAG } from '../http/language-tag';
import { IntegerBetween, digitsToNumber } from './read-model-params';

const WholeNumber = (example: number, description: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 1, example, description }),
    digitsToNumber,
    Optional(),
    IntegerBetween(1, 1000),
  );

/** The source and language filters of model version 2, and the version 1 ones kept as deprecated aliases. */
export class SourceFiltersDto {
  @OneOf(MECHANISM_KINDS, { optional: true, example: 'upr' })
  mechanism?: MechanismKind;

  @TrimmedString({
    max: 200,
    optional: true,
    example: 'NOR',
    description: "A recommending party's name or ISO3 code, whole, case-insensitive",
  })
  party?: string;

  @TrimmedString({
    max: 3,
    optional: true,
    pattern: /^[A-Za-z]{3}$/,
    patternMessage: 'stateUnderReview must be an ISO 3166-1 alpha-3 code like TKM',
    example: 'TKM',
  })
  stateUnderReview?: string;

  @WholeNumber(3, 'UPR cycle') cycle?: number;

  @WholeNumber(30, 'UPR Working Group session') session?: number;

  @TrimmedString({
    max: 100,
    optional: true,
    example: 'Supported',
    description: "The source's own response, whole, case-insensitive",
  })
  response?: string;

  @TrimmedString({
    max: 35,
    optional: true,
    pattern: LANGUAGE_TAG,
    patternMessage: 'language must be a BCP 47 language tag like en or tk',
    example: 'en',
    description: "The original's language",
  })
  language?: string;

  @ApiPropertyOptional({
    enum: V1_SOURCE_KINDS,
    deprecated: true,
    description: 'Model version 1: un_agency and unct mean mechanism=unct, regional means osce or other',
  })
  @Optional()
  @IsIn(V1_SOURCE_KINDS, { message: `sourceKind must be one of: ${V1_SOURCE_KINDS.join(', ')}` })
  sourceKind?: V1SourceKind;

  @ApiPropertyOptional({
    type: String,
    maxLength: 200,
    deprecated: true,
    description: 'Model version 1: party',
  })
  @TrimmedString({ max: 200, optional: true })
  sourceEntity?: string;
}

/** A filter and its deprecated alias together would say two things; the answer names the one to drop. */
function oneOf<T>(name: string, value: T | undefined, alias: string, aliased: T | undefined): T | undefined {
  if (value !== undefined && aliased !== undefined) {
    throw new RequestValidationError([
      { field: alias, message: `${alias} is a deprecated alias of ${name}; send only ${name}` },
    ]);
  }
  return value ?? aliased;
}

export function sourceFiltersOf(dto: SourceFiltersDto): RecommendationFilters {
  const { stateUnderReview, cycle, session, response, language } = dto;
  const kind = dto.sourceKind === undefined ? undefined : mechanismsOfV1Kind(dto.sourceKind);
  const mechanism = oneOf('mechanism', dto.mechanism && [dto.mechanism], 'sourceKind', kind);
  const party = oneOf('party', dto.party, 'sourceEntity', dto.sourceEntity);
  return { mechanism, party, stateUnderReview, cycle, session, response, language };
}
