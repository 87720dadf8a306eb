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
}
