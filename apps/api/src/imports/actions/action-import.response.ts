import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ImportRowErrorResponse } from '../import-report.response';

export class ActionImportCountsResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) created!: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Existing actions given missing links or indicators',
  })
  extended!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Already there as the file has them' })
  unchanged!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'A step was refused; see the action' })
  failed!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Recommendation links added' }) linked!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) indicatorsAdded!: number;
}

export class ActionImportProblemResponse {
  @ApiProperty({ example: 'ACTION.INVALID_TRANSITION' }) code!: string;
  @ApiProperty() message!: string;
}

export class ActionImportItemResponse {
  @ApiProperty({ example: '2.1.3' }) number!: string;
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty({ type: 'integer', isArray: true }) rows!: number[];
  @ApiProperty({ enum: ['created', 'extended', 'unchanged', 'failed'] }) outcome!: string;
  @ApiProperty({ type: 'string', isArray: true, description: 'Recommendations this import links' })
  recommendationIds!: string[];
  @ApiProperty({ type: 'string', isArray: true, description: 'Indicators this import defines' })
  indicatorIds!: string[];
  @ApiPropertyOptional({ type: () => ActionImportProblemResponse }) problem?: ActionImportProblemResponse;
}

export class ActionImportReportResponse {
  @ApiProperty({ format: 'uuid' }) importId!: string;
  @ApiProperty({ example: 'NHRAP-2021-2025' }) planId!: string;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) fileSha256!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Data rows read' }) rows!: number;
  @ApiProperty({ type: () => ActionImportCountsResponse }) counts!: ActionImportCountsResponse;
  @ApiProperty({ type: () => ImportRowErrorResponse, isArray: true, description: 'At most 1,000' })
  errors!: ImportRowErrorResponse[];
  @ApiPropertyOptional({ type: 'integer', minimum: 1 }) errorsOmitted?: number;
  @ApiProperty({ type: () => ActionImportItemResponse, isArray: true }) actions!: ActionImportItemResponse[];
}
