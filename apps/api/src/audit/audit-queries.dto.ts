import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateBy, isISO8601 } from 'class-validator';
import { TIMELINES, type Timeline } from '@app/recommendations';
import { OneOf, TrimmedString } from '../http/validation.decorators';
import { LogPosition } from '../queries/read-model-params';
import { Optional } from '../http/optional.decorator';

/** A date (midnight UTC) or a date-time with its zone; a time without a zone would depend on the server's. */
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function Instant(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date-time', example: '2021-05-31T12:00:00Z', description }),
    Optional(),
    ValidateBy({
      name: 'isInstant',
      validator: {
        validate: (value) =>
          typeof value === 'string' && INSTANT.test(value) && isISO8601(value, { strict: true }),
        defaultMessage: (args) =>
          `${args?.property} must be a real ISO 8601 time with its zone, like 2021-05-31T12:00:00Z, or a date`,
      },
    }),
  );
}

/** One check, so a bad value gets one message: a whole number within the bounds. */
function IntegerIn(min: number, max: number): PropertyDecorator {
  return ValidateBy({
    name: 'integerIn',
    validator: {
      validate: (value) =>
        Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max,
      defaultMessage: (args) =>
        max === Number.MAX_SAFE_INTEGER
          ? `${args?.property} must be an integer of at least ${min}`
          : `${args?.property} must be an integer from ${min} to ${max}`,
    },
  });
}

/** Query strings are text: digits become a number, anything else stays text and fails the integer check. */
const digitsToNumber = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;

/** `effective` reads each event at its effectiveDate where it has one (a decision back-dated to its session). */
const timeline = (): PropertyDecorator =>
  applyDecorators(
    OneOf(TIMELINES, { optional: true, example: 'effective' }),
    ApiPropertyOptional({
      enum: TIMELINES,
      default: 'recorded',
      description: 'recorded: when each event was recorded; effective: its effectiveDate where it has one',
    }),
  );

export class HistoryQueryDto {
  @timeline() timeline?: Timeline;
}

export class StateQueryDto {
  @Instant(
    'The state as of this moment: every event that occurred (or, on the effective timeline, took effect) by then',
  )
  asOf?: string;

  @timeline() timeline?: Timeline;

  @ApiPropertyOptional({ type: Number, minimum: 0, description: 'The state right after this revision' })
  @Transform(digitsToNumber)
  @Optional()
  @IntegerIn(0, Number.MAX_SAFE_INTEGER)
  revision?: number;
}

export class VerifyQueryDto {
  @TrimmedString({
    max: 512,
    optional: true,
    description: 'Verify only this stream, e.g. recommendation-<id>',
  })
  stream?: string;
}

export class ExportQueryDto {
  @TrimmedString({
    max: 512,
    optional: true,
    description: 'Export only this stream, e.g. recommendation-<id>',
  })
  stream?: string;
}

export const MAX_AUDIT_EVENTS = 500;

export class AuditEventsQueryDto {
  @TrimmedString({ max: 200, optional: true, description: "The actor's user id" })
  actor?: string;

  @TrimmedString({
    max: 2000,
    optional: true,
    pattern: /^[^,\s]+(,[^,\s]+)*$/,
    patternMessage: 'type must be event types separated by commas',
    description: 'Event types, comma-separated',
    example: 'PositionRecorded,ReviewReopened',
  })
  type?: string;

  @Instant('Events that occurred at or after this time')
  from?: string;

  @Instant('Events that occurred before this time')
  to?: string;

  @LogPosition('Continue after this global position (nextAfter)')
  after?: string;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: MAX_AUDIT_EVENTS, default: 100 })
  @Transform(digitsToNumber)
  @Optional()
  @IntegerIn(1, MAX_AUDIT_EVENTS)
  limit?: number;
}
