import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, ValidateBy } from 'class-validator';
import { SUMMARY_DIMENSIONS, parseSummaryDimensions, type SummaryDimensions } from '@app/recommendations';
import { OneOf } from '../http/validation.decorators';
import { RecommendationFiltersDto } from './recommendation-filters.dto';
import { REPORT_FORMATS, type ReportFormat } from './report-files';

const NOT_DIMENSIONS = 'by must be one of: ' + SUMMARY_DIMENSIONS.join(', ');
// `by=a,b` and `by=a&by=b` alike; anything but text is refused.
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? value.join(',')
      : undefined;
const parsed = (value: unknown) => {
  const text = textOf(value);
  return text === undefined
    ? ({ ok: false, message: NOT_DIMENSIONS } as const)
    : parseSummaryDimensions(text);
};

export class SummaryDto extends RecommendationFiltersDto {
  @ApiProperty({
    type: String,
    example: 'mechanism,status',
    description:
      `One dimension, or two separated by a comma to cross-tabulate: ${SUMMARY_DIMENSIONS.join(', ')}. ` +
      'sourceKind and sourceEntity (deprecated) count by mechanism and party',
  })
  @Transform(({ value }: { value: unknown }) => {
    const result = parsed(value);
    return result.ok ? [...result.value] : value;
  })
  @IsDefined({ message: NOT_DIMENSIONS })
  @ValidateBy({
    name: 'summaryDimensions',
    validator: {
      validate: (value) => value === undefined || parsed(value).ok,
      defaultMessage: (args) => {
        const result = parsed(args?.value);
        return result.ok ? '' : result.message;
      },
    },
  })
  by!: SummaryDimensions;

  @OneOf(REPORT_FORMATS, { optional: true, example: 'csv' })
  format?: ReportFormat;
}

/** `GET /reports/over-time`: the list's filters, and the answer as JSON (the default), CSV or XLSX. */
export class OverTimeDto extends RecommendationFiltersDto {
  @OneOf(REPORT_FORMATS, { optional: true, example: 'csv' })
  format?: ReportFormat;
}
