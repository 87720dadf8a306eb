import { ValidateBy } from 'class-validator';
import { IsoDateString, TrimmedString } from '../http/validation.decorators';

export const PLAN_ID = /^[A-Za-z0-9._-]{1,64}$/;

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

export class RegisterPlanDto {
  @TrimmedString({
    max: 64,
    pattern: PLAN_ID,
    patternMessage: 'id may only contain letters, digits, dot, underscore and hyphen',
    example: 'NHRAP-2021-2025',
  })
  id!: string;

  @TrimmedString({ max: 300, example: 'National Human Rights Action Plan 2021-2025' })
  title!: string;

  @IsoDateString({ example: '2021-01-01' })
  periodStart!: string;

  @IsoDateString({ example: '2025-12-31' })
  @OnOrAfterPeriodStart()
  periodEnd!: string;
}
