import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { Optional } from '../http/optional.decorator';
import { TrimmedString } from '../http/validation.decorators';
import { LANGUAGE_TAG } from '../http/language-tag';

/** A log position as docs/api.md writes it: a decimal string. */
export const POSITION_TEXT = /^\d{1,19}$/;
/** Positions are SQLite integers (and EventStoreDB's are below this too): a larger one names no event. */
export const MAX_POSITION = 2n ** 63n - 1n;
export const POSITION_MESSAGE = `must be a log position: digits, like 42, at most ${MAX_POSITION}`;

export const isLogPosition = (value: unknown): value is string =>
  typeof value === 'string' && POSITION_TEXT.test(value) && BigInt(value) <= MAX_POSITION;

/** A log position in a query parameter: one check, one message naming the parameter. */
export const LogPosition = (description: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: String, pattern: POSITION_TEXT.source, example: '42', description }),
    Optional(),
    ValidateBy({
      name: 'isLogPosition',
      validator: {
        validate: isLogPosition,
        defaultMessage: (args) => `${args?.property} ${POSITION_MESSAGE}`,
      },
    }),
  );

/** `?consistentWith=<position>`: wait up to 5 s for the read models to reach it (504 PROJECTION_BEHIND). */
export const ConsistentWith = (): PropertyDecorator =>
  LogPosition('Wait up to 5 s for the read models to include this log position (e.g. a command answer)');

/** Digits become a number; anything else stays text and fails the integer check that follows. */
export const digitsToNumber = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value,
);

/** `true` or `false` only; anything else stays text and fails the boolean check that follows. */
export const textToBoolean = Transform(({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value,
);

/** One check, so a bad value gets one message: a whole number within the bounds. */
export const IntegerBetween = (min: number, max: number): PropertyDecorator =>
  ValidateBy({
    name: 'integerBetween',
    validator: {
      validate: (value) =>
        Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max,
      defaultMessage: (args) => `${args?.property} must be a whole number from ${min} to ${max}`,
    },
  });

export class ConsistencyDto {
  @ConsistentWith()
  consistentWith?: string;
}

/** `?lang=`: the language to answer `text` in where a translation exists; the tag rule of `language`. */
export const PreferredLanguage = (): PropertyDecorator =>
  TrimmedString({
    max: 35,
    optional: true,
    pattern: LANGUAGE_TAG,
    patternMessage: '$property must be a BCP 47 language tag like ru or tk',
    example: 'ru',
    description: 'Answer text in this language where a translation exists (textLanguage says which)',
  });

/** `GET /recommendations/:id`: the consistency wait and the preferred language. */
export class RecommendationReadDto extends ConsistencyDto {
  @PreferredLanguage()
  lang?: string;
}

export const positionOf = (text: string | undefined): bigint | undefined =>
  text === undefined ? undefined : BigInt(text);
