import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsString,
  Length,
  Matches,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { Optional } from './optional.decorator';

/** Required unless `other` is given; then it may be left out (but, when sent, still checked). */
export const RequiredUnless = (other: string): PropertyDecorator =>
  applyDecorators(
    ValidateIf(
      (object: object, value: unknown) =>
        value !== undefined || (object as Record<string, unknown>)[other] === undefined,
    ),
    ValidateBy({
      name: 'requiredUnless',
      validator: {
        validate: (value) => value !== undefined && value !== null,
        defaultMessage: (args) => `${args?.property} is required unless ${other} is given`,
      },
    }),
  );

interface StringRule {
  min?: number;
  max: number;
  optional?: boolean;
  /** Optional when this other field is given, required otherwise. */
  requiredUnless?: string;
  pattern?: RegExp;
  patternMessage?: string;
  example?: string;
  description?: string;
}

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;

const documented = (
  optional: boolean | undefined,
  options: Parameters<typeof ApiProperty>[0],
): PropertyDecorator => (optional ? ApiPropertyOptional(options) : ApiProperty(options));

/** A trimmed string with length limits (docs/api.md: all strings trimmed; limits enforced). */
export function TrimmedString(rule: StringRule): PropertyDecorator {
  const min = rule.min ?? 1;
  return applyDecorators(
    documented(rule.optional || rule.requiredUnless !== undefined, {
      type: String,
      minLength: min,
      maxLength: rule.max,
      example: rule.example,
      description: rule.description,
      pattern: rule.pattern?.source,
    }),
    Transform(trim),
    ...(rule.optional ? [Optional()] : []),
    ...(rule.requiredUnless === undefined ? [] : [RequiredUnless(rule.requiredUnless)]),
    IsString(),
    Length(min, rule.max, { message: `$property must be ${min} to ${rule.max} characters long` }),
    ...(rule.pattern
      ? [
          Matches(rule.pattern, {
            message: rule.patternMessage ?? `$property must match ${rule.pattern.source}`,
          }),
        ]
      : []),
  );
}

interface ListRule {
  minItems?: number;
  maxItems: number;
  maxLength: number;
  optional?: boolean;
  pattern?: RegExp;
  patternMessage?: string;
  example?: string[];
}

/** A list of trimmed, non-empty strings with limits on count and length. */
export function TrimmedStringList(rule: ListRule): PropertyDecorator {
  return applyDecorators(
    documented(rule.optional, {
      type: [String],
      minItems: rule.minItems,
      maxItems: rule.maxItems,
      example: rule.example,
    }),
    Transform(trimEach),
    ...(rule.optional ? [Optional()] : []),
    IsArray(),
    ...(rule.minItems ? [ArrayMinSize(rule.minItems)] : []),
    ArrayMaxSize(rule.maxItems),
    IsString({ each: true }),
    Length(1, rule.maxLength, {
      each: true,
      message: `each of $property must be 1 to ${rule.maxLength} characters long`,
    }),
    ...(rule.pattern ? [Matches(rule.pattern, { each: true, message: rule.patternMessage })] : []),
  );
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date, `2025-06-30`, that exists. */
export function IsoDateString(options: { optional?: boolean; example?: string } = {}): PropertyDecorator {
  return applyDecorators(
    documented(options.optional, { type: String, format: 'date', example: options.example ?? '2025-06-30' }),
    Transform(trim),
    ...(options.optional ? [Optional()] : []),
    IsString(),
    Matches(ISO_DATE, { message: '$property must be a date like 2025-06-30' }),
    IsISO8601({ strict: true }, { message: '$property is not a real calendar date' }),
  );
}

export function OneOf(
  values: readonly string[],
  options: { optional?: boolean; example?: string } = {},
): PropertyDecorator {
  return applyDecorators(
    documented(options.optional, { enum: values, example: options.example ?? values[0] }),
    ...(options.optional ? [Optional()] : []),
    IsIn(values, { message: `$property must be one of: ${values.join(', ')}` }),
  );
}
