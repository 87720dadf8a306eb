import { type Type } from '@nestjs/common';
import { getSchemaPath } from '@nestjs/swagger';

/** OpenAPI 3.0 spelling of "this object or null" that validators also read right (a bare nullable $ref is not). */
export const objectOrNull = (model: Type<unknown>, description: string) => ({
  description,
  anyOf: [{ $ref: getSchemaPath(model) }, { type: 'object' as const, nullable: true, enum: [null] }],
});

/** OpenAPI 3.0 wants null listed in the enum of a nullable enum, or it stays refused. */
export const enumOrNull = <T extends string>(values: readonly T[], description: string) => ({
  type: String,
  enum: [...values, null],
  nullable: true,
  description,
});
