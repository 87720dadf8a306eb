import { InstitutionNamesResponse } from '../actions/action.response';
import { ApiProperty } from '@nestjs/swagger';

export class PlanStatusCountsResponse {
  @ApiProperty({ type: 'integer', minimum: 0 })
  planned!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  implemented!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  archived!: number;
}

export class PlanCountsResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Recommendations reflected in the plan' })
  total!: number;

  @ApiProperty({ type: () => PlanStatusCountsResponse })
  byStatus!: PlanStatusCountsResponse;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Planned ones past their target date' })
  overdueTargets!: number;
}

/** Only validated progress reports count (docs/progress-reports.md). */
export class PlanReportCountsResponse {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: "The plan's actions with at least one validated report",
  })
  actionsWithValidatedReport!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: "Validated progress reports on the plan's actions",
  })
  validatedReports!: number;
}

export class PlanResponse {
  @ApiProperty({ example: 'NHRAP-2021-2025' })
  id!: string;

  @ApiProperty({ example: 'National Human Rights Action Plan 2021-2025' })
  title!: string;

  @ApiProperty({ format: 'date', example: '2021-01-01' })
  periodStart!: string;

  @ApiProperty({ format: 'date', example: '2025-12-31' })
  periodEnd!: string;

  @ApiProperty({ type: () => PlanCountsResponse })
  counts!: PlanCountsResponse;

  @ApiProperty({ type: () => PlanReportCountsResponse })
  reports!: PlanReportCountsResponse;
}

export class InstitutionCountsResponse {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Ministry of Justice',
    description: 'As first spelled in a plan link; null for links that name no institution',
  })
  institution!: string | null;

  @ApiProperty({ type: 'integer', minimum: 0 })
  total!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  planned!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  implemented!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  archived!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Planned ones past their target date' })
  overdueTargets!: number;
}

export class RegistryActionCountsResponse {
  @ApiProperty({ type: 'integer', minimum: 0 })
  total!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Of which the institution leads' })
  lead!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { planned: 2, in_progress: 1 },
  })
  byStatus!: Record<string, number>;
}

export class RegistryInstitutionCountsResponse {
  @ApiProperty({ example: 'ministry-of-justice' })
  institutionId!: string;

  @ApiProperty({ type: () => InstitutionNamesResponse })
  names!: InstitutionNamesResponse;

  @ApiProperty({ type: () => RegistryActionCountsResponse })
  actions!: RegistryActionCountsResponse;
}

export class PlanInstitutionsResponse {
  @ApiProperty({ example: 'NHRAP-2021-2025' })
  planId!: string;

  @ApiProperty({ example: '42', description: 'The log position the counts reflect' })
  position!: string;

  @ApiProperty({
    type: () => InstitutionCountsResponse,
    isArray: true,
    description: 'Most recommendations first; a recommendation counts under each institution its link names',
  })
  institutions!: InstitutionCountsResponse[];

  @ApiProperty({
    type: () => RegistryInstitutionCountsResponse,
    isArray: true,
    description: "The registry's institutions leading or supporting the plan's actions, most actions first",
  })
  registry!: RegistryInstitutionCountsResponse[];
}
