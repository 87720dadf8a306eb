import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsObject, ValidateNested } from 'class-validator';
import { MECHANISM_KINDS, type MechanismKind } from '@app/recommendations';
import { Optional } from '../../http/optional.decorator';
import { IsoDateString, OneOf, TrimmedString } from '../../http/validation.decorators';
import { IntegerBetween } from '../../queries/read-model-params';

/** ISO 3166-1 alpha-3, upper case: `NOR`, `TKM`. */
export const ISO3 = /^[A-Z]{3}$/;
export const MAX_PARTIES = 50;

const Iso3Code = (example: string): PropertyDecorator =>
  TrimmedString({
    max: 3,
    optional: true,
    pattern: ISO3,
    patternMessage: '$property must be an ISO 3166-1 alpha-3 code in capitals, like NOR',
    example,
  });

/** A nested object (or list of them) validated by its own class; `null` refused like every optional field. */
function Nested(
  type: () => new () => object,
  options: { optional: boolean; list?: boolean },
): PropertyDecorator {
  const documented = { type, isArray: options.list };
  return applyDecorators(
    options.optional ? ApiPropertyOptional(documented) : ApiProperty(documented),
    options.optional ? Optional() : IsDefined(),
    ...(options.list ? [] : [IsObject()]),
    ValidateNested({ each: options.list }),
    Type(type),
  );
}

export class MechanismDto {
  @OneOf(MECHANISM_KINDS, { example: 'upr' })
  kind!: MechanismKind;

  @TrimmedString({ max: 200, optional: true, example: 'CEDAW', description: 'The committee or the mandate' })
  body?: string;
}

export class RecommendingPartyDto {
  @TrimmedString({ max: 200, example: 'Norway' })
  name!: string;

  @Iso3Code('NOR') iso3?: string;

  @TrimmedString({ max: 50, optional: true, example: 'WEOG' })
  regionalGroup?: string;
}

export class UprDto {
  @ApiProperty({ type: 'integer', minimum: 1, example: 3 })
  @IntegerBetween(1, 1000)
  cycle!: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 30 })
  @IntegerBetween(1, 1000)
  session!: number;
}

/** Model version 2's source (docs/api.md): the mechanism, who recommends, and where it is recorded. */
export class SourceDto {
  @Nested(() => MechanismDto, { optional: false })
  mechanism!: MechanismDto;

  @Nested(() => RecommendingPartyDto, { optional: false, list: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'recommendingParties must name at least one party' })
  @ArrayMaxSize(MAX_PARTIES, { message: `recommendingParties must name at most ${MAX_PARTIES} parties` })
  recommendingParties!: RecommendingPartyDto[];

  @Iso3Code('TKM') stateUnderReview?: string;

  @Nested(() => UprDto, { optional: true })
  upr?: UprDto;

  @TrimmedString({ max: 100, optional: true, example: 'A/HRC/39/3' })
  documentSymbol?: string;

  @TrimmedString({ max: 300, optional: true, example: 'Country programme document 2021-2025' })
  document?: string;

  @TrimmedString({ max: 50, optional: true, example: '114.3' })
  paragraph?: string;

  @IsoDateString({ optional: true, example: '2018-07-09' })
  date?: string;

  @TrimmedString({ max: 100, optional: true, example: 'UPRInfo-101234' })
  externalId?: string;

  @TrimmedString({ max: 100, optional: true, example: 'Supported', description: "The source's own response" })
  response?: string;
}
