import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsObject, ValidateBy, ValidateNested } from 'class-validator';
import { Optional } from '../http/optional.decorator';
import { IsoDateString, TrimmedString } from '../http/validation.decorators';

export const MAX_INDICATOR_VALUES = 100;
const ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Dates compare as text because both are YYYY-MM-DD. */
const OnOrAfterPeriodStart = (): PropertyDecorator =>
  ValidateBy({
    name: 'onOrAfterPeriodStart',
    validator: {
      validate: (value: unknown, args) => {
        const start = (args?.object as { periodStart?: unknown }).periodStart;
        return typeof value !== 'string' || typeof start !== 'string' || value >= start;
      },
      defaultMessage: () => 'periodEnd must be on or after periodStart',
    },
  });

export class IndicatorValueDto {
  @TrimmedString({
    max: 64,
    pattern: ID,
    patternMessage: 'indicatorId must be an indicator id',
    example: 'ind-1',
  })
  indicatorId!: string;

  @ApiProperty({ type: Number, example: 12 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a finite number' })
  value!: number;

  @TrimmedString({ max: 1000, optional: true, example: 'Two regions not yet counted' })
  note?: string;
}

/** What a focal point reports for one period; the body is read in one place (ProgressReportBodyReader). */
export class ProgressReportContentDto {
  @IsoDateString({ example: '2025-01-01' })
  periodStart!: string;

  @IsoDateString({ example: '2025-06-30' })
  @OnOrAfterPeriodStart()
  periodEnd!: string;

  @ApiPropertyOptional({ type: () => IndicatorValueDto, isArray: true, description: 'None when left out' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_INDICATOR_VALUES)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueDto)
  indicatorValues?: IndicatorValueDto[];

  @TrimmedString({ max: 20_000, example: 'Draft amendments sent to the Mejlis.' })
  narrative!: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object' },
    maxItems: 0,
    description: 'Evidence files are uploaded with the report as multipart; a JSON body carries none ([])',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(0, { message: 'evidence files are uploaded as multipart/form-data, not listed in JSON' })
  evidence?: never[];
}

export class SubmitProgressReportDto extends ProgressReportContentDto {
  @TrimmedString({
    max: 64,
    optional: true,
    pattern: ID,
    patternMessage: 'institutionId must be an institution id',
    description:
      "The secretariat's choice of the action's institutions (the lead when left out); a focal point's is theirs",
    example: 'ministry-of-justice',
  })
  institutionId?: string;
}

export class ReturnProgressReportDto {
  @TrimmedString({ max: 5000, example: 'Attach the draft law.' })
  comment!: string;
}

export class ValidateProgressReportDto {
  @TrimmedString({ max: 5000, optional: true, example: 'Checked against the ministry order.' })
  comment?: string;
}
