import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import {
  INSTITUTION_ROLE_FILTERS,
  MECHANISM_GRADES,
  type InstitutionRoleFilter,
  POSITION_STATES,
  type MechanismGrade,
  RECOMMENDATION_STATUSES,
  type PositionState,
  type RecommendationFilters,
  type RecommendationStatus,
} from '@app/recommendations';
import { OneOf, TrimmedString } from '../http/validation.decorators';
import { PLAN_ID } from '../plans/register-plan.dto';
import { INSTITUTION_ID } from '../institutions/institution.dto';
import { ConsistentWith, textToBoolean } from './read-model-params';
import { Optional } from '../http/optional.decorator';
import { SourceFiltersDto, sourceFiltersOf } from './source-filters.dto';
import { SdgFilter, themeFilter } from './vocabulary-filters';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const STATUSES = RECOMMENDATION_STATUSES.filter((status) => status !== 'none');

/** The filters shared by the list, the CSV export and the summary; each bad value is a 400 naming its field. */
export class RecommendationFiltersDto extends SourceFiltersDto {
  @OneOf(STATUSES, { optional: true, example: 'under_review' })
  status?: Exclude<RecommendationStatus, 'none'>;

  @OneOf(POSITION_STATES, { optional: true, example: 'supported' })
  position?: PositionState;

  @TrimmedString({
    max: 200,
    optional: true,
    example: 'UPR-2021-114.3',
    description: 'Exact reference, case-insensitive',
  })
  reference?: string;

  @TrimmedString({ max: 64, optional: true, pattern: PLAN_ID, example: 'NHRAP-2021-2025' })
  planId?: string;

  @SdgFilter()
  sdg?: string;

  @TrimmedString({
    max: 100,
    optional: true,
    example: 'Rights of the child',
    description: 'A theme id, name or mapped label (GET /vocabulary/themes), case-insensitive',
  })
  theme?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'Reviews past their due date, plan targets past theirs',
  })
  @textToBoolean
  @Optional()
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'Published on the public portal (true) or not (false)',
  })
  @textToBoolean
  @Optional()
  @IsBoolean({ message: 'published must be true or false' })
  published?: boolean;

  @TrimmedString({
    max: 200,
    optional: true,
    example: 'disaggregated data',
    description: 'Words in the text or reference',
  })
  q?: string;

  @OneOf(MECHANISM_GRADES, { optional: true, example: 'B1' })
  mechanismGrade?: MechanismGrade;

  @TrimmedString({
    max: 36,
    optional: true,
    pattern: UUID,
    patternMessage: 'linkedTo must be a recommendation id (a UUID)',
    description: 'Recommendations linked to this one, in either direction',
  })
  linkedTo?: string;

  @TrimmedString({
    max: 64,
    optional: true,
    pattern: INSTITUTION_ID,
    patternMessage: 'institution must be an institution id, like ministry-of-justice',
    example: 'ministry-of-justice',
    description: 'Recommendations linked to a plan action this institution leads or supports',
  })
  institution?: string;

  // With `institution`: only the actions it leads, or only those it supports.
  @OneOf(INSTITUTION_ROLE_FILTERS, {
    optional: true,
    example: 'lead',
  })
  institutionRole?: InstitutionRoleFilter;

  @TrimmedString({
    max: 36,
    optional: true,
    pattern: UUID,
    patternMessage: 'action must be a plan action id (a UUID)',
    description: 'Recommendations linked to this plan action',
  })
  action?: string;

  @ConsistentWith()
  consistentWith?: string;
}

export function filtersOf(dto: RecommendationFiltersDto): RecommendationFilters {
  const { status, position, reference, planId, sdg, theme, overdue, q, mechanismGrade, linkedTo } = dto;
  const { institution, institutionRole, action, published } = dto;
  const filters = {
    status,
    position,
    reference,
    planId,
    sdg,
    theme: themeFilter(theme),
    overdue,
    q,
    mechanismGrade,
    linkedTo: linkedTo?.toLowerCase(),
    institution,
    institutionRole,
    action: action?.toLowerCase(),
    published,
    ...sourceFiltersOf(dto),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}
