import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ImportCountsResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) created!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Amended (proposed) recommendations' })
  updated!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Already there as the file has them' })
  unchanged!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Refused by the domain; see errors' })
  failed!: number;
}

export class ImportPositionsResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) recorded!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) deferred!: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Responses the import did not record as positions',
  })
  skipped!: number;
}

export class ImportRowErrorResponse {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'Row number as a spreadsheet shows it (header = 1)',
  })
  row!: number;
  @ApiProperty({
    example: 'Session',
    description: 'The column at fault, or `recommendation` when the domain refused',
  })
  field!: string;
  @ApiProperty({ example: 'IMPORT.ROW.INVALID_SESSION' }) code!: string;
  @ApiProperty() message!: string;
}

export class CarryOverSuggestionResponse {
  @ApiProperty({ type: 'integer', isArray: true, description: "The candidate's rows" }) rows!: number[];
  @ApiProperty({ example: 'UPR-TKM-S31-p114.3' }) candidateReference!: string;
  @ApiProperty({
    format: 'uuid',
    description: 'The candidate as a recommendation, once the import is committed',
  })
  candidateRecommendationId!: string;
  @ApiProperty({ format: 'uuid', description: 'The earlier recommendation it may repeat' })
  recommendationId!: string;
  @ApiProperty({ example: 'UPR-TKM-S16-p112.7' }) reference!: string;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Token-set Jaccard similarity of the texts' })
  similarity!: number;
}

export class ImportReportResponse {
  @ApiProperty({ format: 'uuid' }) importId!: string;
  @ApiProperty({ example: 'upr-info' }) profile!: string;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) fileSha256!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Data rows read' }) rows!: number;
  @ApiProperty({ type: () => ImportCountsResponse }) recommendations!: ImportCountsResponse;
  @ApiProperty({ type: () => ImportPositionsResponse }) positions!: ImportPositionsResponse;
  @ApiProperty({ type: () => ImportRowErrorResponse, isArray: true, description: 'At most 1,000' })
  errors!: ImportRowErrorResponse[];
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Errors beyond the first 1,000' })
  errorsOmitted?: number;
  @ApiPropertyOptional({
    type: () => CarryOverSuggestionResponse,
    isArray: true,
    description:
      'Never linked automatically: confirm with POST /recommendations/{candidateRecommendationId}/links',
  })
  carryOverSuggestions?: CarryOverSuggestionResponse[];
}
