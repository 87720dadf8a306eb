import { POSITIONS, PROGRESS_STATUSES, type Position, type ProgressStatus } from '@app/recommendations';
import { IsoDateString, OneOf, TrimmedString, TrimmedStringList } from '../../http/validation.decorators';
import { PLAN_ID } from '../../plans/register-plan.dto';

const reason = (example: string): PropertyDecorator => TrimmedString({ max: 5000, example });
const evidence = (): PropertyDecorator =>
  TrimmedStringList({
    maxItems: 20,
    maxLength: 2000,
    optional: true,
    example: ['https://example.org/report-2023.pdf'],
  });

export class ScheduleReviewDto {
  @IsoDateString({ example: '2021-06-30' }) reviewDueDate!: string;
  @TrimmedString({ max: 200, optional: true, example: 'IAC-2021-03' }) meetingRef?: string;
}

/** When the decision was taken (e.g. the review session), if before the day it is recorded. */
const effectiveDate = (): PropertyDecorator => IsoDateString({ optional: true, example: '2013-10-25' });

export class RecordPositionDto {
  @OneOf(POSITIONS, { example: 'supported' }) position!: Position;
  @TrimmedString({
    max: 5000,
    requiredUnless: 'sourceResponse',
    example: 'Consistent with the National Human Rights Action Plan priorities.',
    description: 'Required unless sourceResponse is given',
  })
  rationale?: string;
  @TrimmedString({
    max: 200,
    optional: true,
    example: 'Supported',
    description:
      "The source's own response the position was taken from (e.g. the State's response in the UPR)",
  })
  sourceResponse?: string;
  @effectiveDate() effectiveDate?: string;
}

export class DeferResponseDto {
  @reason('The State will give its response before the plenary session.') reason!: string;
  @effectiveDate() effectiveDate?: string;
}

export class ReopenReviewDto {
  @reason('New information from the treaty body follow-up letter.') reason!: string;
  @IsoDateString({ example: '2022-03-31' }) reviewDueDate!: string;
}

/** What to do, who and by when: often decided after the recommendation enters the plan. */
export class PlanLinkDetailsDto {
  @TrimmedString({ max: 200, optional: true, example: 'NHRAP 3.2.1' }) actionRef?: string;
  @TrimmedStringList({
    minItems: 1,
    maxItems: 20,
    maxLength: 200,
    optional: true,
    example: ['Ministry of Justice'],
  })
  responsibleInstitutions?: string[];
  @IsoDateString({ optional: true, example: '2023-12-31' }) targetDate?: string;
}

export class ReflectInPlanDto extends PlanLinkDetailsDto {
  @TrimmedString({ max: 64, pattern: PLAN_ID, example: 'NHRAP-2021-2025' }) planId!: string;
}

export class UpdatePlanLinkDto extends PlanLinkDetailsDto {}

export class ReportProgressDto {
  @OneOf(PROGRESS_STATUSES, { example: 'in_progress' }) status!: ProgressStatus;
  @TrimmedString({ max: 10_000, example: 'Draft law submitted to parliament.' }) narrative!: string;
  @TrimmedString({ max: 50, optional: true, example: '2022-Q4' }) period?: string;
  @evidence() evidence?: string[];
}

export class MarkImplementedDto {
  @TrimmedString({ max: 10_000, example: 'Law adopted and in force since 1 July 2023.' }) assessment!: string;
  @evidence() evidence?: string[];
}

export class ReasonDto {
  @reason('Superseded by a later recommendation.') reason!: string;
}
