import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber } from 'class-validator';
import { ACTION_STATUSES } from '@app/recommendations';
import { Optional } from '../http/optional.decorator';
import { IsoDateString, OneOf, TrimmedString, TrimmedStringList } from '../http/validation.decorators';
import { INSTITUTION_ID } from '../institutions/institution.dto';
import { IntegerBetween } from '../queries/read-model-params';
import { ConsistencyDto } from '../queries/read-model-params';
import { REPORT_FORMATS, type ReportFormat } from '../queries/report-files';

const institutionIds = (optional: boolean): PropertyDecorator =>
  TrimmedStringList({
    maxItems: 30,
    maxLength: 64,
    optional,
    pattern: INSTITUTION_ID,
    patternMessage: 'each of $property must be a registered institution id',
    example: ['ombudsperson'],
  });
const leadInstitution = (): PropertyDecorator =>
  TrimmedString({
    max: 64,
    optional: true,
    pattern: INSTITUTION_ID,
    patternMessage: 'leadInstitutionId must be a registered institution id',
    example: 'ministry-of-justice',
  });

/** What both creating and editing an action may set. */
class ActionFieldsDto {
  @TrimmedString({ max: 5000, optional: true, example: 'Prepare and submit the draft law to parliament.' })
  description?: string;
  @leadInstitution() leadInstitutionId?: string;
  @IsoDateString({ optional: true, example: '2021-03-01' }) startDate?: string;
  @IsoDateString({ optional: true, example: '2022-12-31' }) targetDate?: string;
}

export class CreateActionDto extends ActionFieldsDto {
  @TrimmedString({ max: 50, example: '2.1.3', description: "The action's number in the plan, unique in it" })
  number!: string;
  @TrimmedString({ max: 500, example: 'Draft amendments to the Criminal Code' }) title!: string;
  @institutionIds(true) supportingInstitutionIds?: string[];
}

export class UpdateActionDto extends ActionFieldsDto {
  @TrimmedString({ max: 500, optional: true, example: 'Draft amendments to the Criminal Code' })
  title?: string;
  @institutionIds(true) supportingInstitutionIds?: string[];
}

export class ActionReasonDto {
  @TrimmedString({ max: 5000, example: 'The budget was not approved.' }) reason!: string;
}

export class CompleteActionDto {
  @TrimmedString({ max: 5000, optional: true, example: 'The law was adopted on 2022-11-01.' }) note?: string;
}

export class RecommendationIdsDto {
  @TrimmedStringList({ minItems: 1, maxItems: 100, maxLength: 64, example: ['3f1c…'] })
  recommendationIds!: string[];
}

export class IndicatorScheduleDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 60, example: 6 })
  @IntegerBetween(1, 60)
  frequencyMonths!: number;
  @IsoDateString({ example: '2021-06-30' }) scheduleStart!: string;
}

export class DefineIndicatorDto extends IndicatorScheduleDto {
  @TrimmedString({ max: 64, pattern: /^[A-Za-z0-9._-]+$/, example: 'drafts-submitted' }) indicatorId!: string;
  @TrimmedString({ max: 300, example: 'Draft laws submitted to parliament' }) name!: string;
  @TrimmedString({ max: 50, example: 'drafts' }) unit!: string;
  @ApiPropertyOptional({ example: 0 }) @Optional() @IsNumber() baseline?: number;
  @ApiPropertyOptional({ example: 2 }) @Optional() @IsNumber() target?: number;
}

export class PlanActionsQueryDto extends ConsistencyDto {
  @TrimmedString({ max: 64, optional: true, example: 'ministry-of-justice' }) institution?: string;
  @OneOf(ACTION_STATUSES.filter((status) => status !== 'none'), { optional: true, example: 'in_progress' })
  status?: string;
  @OneOf(REPORT_FORMATS, { optional: true, example: 'csv' }) format?: ReportFormat;
}
