import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, ValidateBy } from 'class-validator';
import { normaliseSdgTarget, themeFor } from '@app/recommendations';
import { Optional } from '../http/optional.decorator';

const spelling = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const result = normaliseSdgTarget(value);
  return result.ok ? result.value : value.trim();
};

/** `?sdg=` in any spelling a proposal takes ("SDG 16", "Goal 5", "SDG16.3"), kept as `16`, `5`, `16.3`. */
export const SdgFilter = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      type: String,
      maxLength: 100,
      example: 'SDG 16',
      description:
        'A target matches itself; a goal matches every target under it. "SDG 16", "Goal 5", "16.3"',
    }),
    Transform(spelling),
    Optional(),
    IsString(),
    Length(1, 100, { message: '$property must be 1 to 100 characters long' }),
    ValidateBy({
      name: 'sdgTarget',
      validator: {
        validate: (value) => typeof value === 'string' && normaliseSdgTarget(value).ok,
        defaultMessage: (args) => {
          const result = normaliseSdgTarget(String(args?.value));
          return `${args?.property}: ${result.ok ? '' : result.message}`;
        },
      },
    }),
  );

/** A theme label as the controlled id when it is one; else as sent, so free-text themes of v1 events stay findable. */
export const themeFilter = (label: string | undefined): string | undefined =>
  label === undefined ? undefined : (themeFor(label) ?? label);
