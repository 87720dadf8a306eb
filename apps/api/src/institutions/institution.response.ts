import { ApiProperty } from '@nestjs/swagger';
import { ActionSummaryResponse, InstitutionNamesResponse } from '../actions/action.response';

export class InstitutionResponse {
  @ApiProperty({ example: 'ministry-of-justice' }) id!: string;
  @ApiProperty({ type: () => InstitutionNamesResponse }) names!: InstitutionNamesResponse;
  @ApiProperty({ example: 'ministry' }) kind!: string;
  @ApiProperty({ type: String, nullable: true, example: 'MoJ' }) abbreviation!: string | null;
  @ApiProperty({ type: 'integer', description: 'The stream revision, for If-Match' }) revision!: number;
}

export class InstitutionActionResponse extends ActionSummaryResponse {
  @ApiProperty({ enum: ['lead', 'supporting'] }) role!: 'lead' | 'supporting';
}

export class WorkloadResponse {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { planned: 1, in_progress: 2, delayed: 0, completed: 0, cancelled: 0 },
  })
  byStatus!: Record<string, number>;
}

export class InstitutionDetailsResponse extends InstitutionResponse {
  @ApiProperty({ type: () => InstitutionActionResponse, isArray: true })
  actions!: InstitutionActionResponse[];
  @ApiProperty({ type: () => WorkloadResponse }) workload!: WorkloadResponse;
  @ApiProperty({ type: 'integer', description: 'Progress reports past due on its actions' })
  overdueReports!: number;
}
