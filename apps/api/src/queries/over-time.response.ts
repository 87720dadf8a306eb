import { ApiProperty } from '@nestjs/swagger';

export class MonthlyImplementationResponse {
  @ApiProperty({ example: '2021-03', description: 'A calendar month, UTC' })
  month!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Recommendations reflected in a plan that month' })
  reflectedInPlan!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Recommendations marked implemented that month' })
  implemented!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Reflected in a plan by the end of the month' })
  reflectedInPlanToDate!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Implemented by the end of the month' })
  implementedToDate!: number;
}

export class ImplementationOverTimeResponse {
  @ApiProperty({ example: '42', description: 'The log position the counts reflect' })
  position!: string;

  @ApiProperty({
    type: () => MonthlyImplementationResponse,
    isArray: true,
    description: 'Every month from the first plan link to the current one, in order; empty before any',
  })
  months!: MonthlyImplementationResponse[];
}
