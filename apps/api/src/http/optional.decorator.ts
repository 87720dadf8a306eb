import { applyDecorators } from '@nestjs/common';
import { ValidateBy, ValidateIf } from 'class-validator';

export const NOT_NULL = 'notNull';

/**
 * A field that may be left out, but not sent as `null`: unlike `@IsOptional()`, a `null` is validated and refused,
 * since no request field gives `null` a meaning and a stored `null` would poison the read models.
 */
export const Optional = (): PropertyDecorator =>
  applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    ValidateBy({
      name: NOT_NULL,
      validator: {
        validate: (value) => value !== null,
        defaultMessage: (args) => `${args?.property} must not be null; leave it out instead`,
      },
    }),
  );
