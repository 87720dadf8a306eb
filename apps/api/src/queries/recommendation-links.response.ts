import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INVERSE_LINK_LABELS,
  LINK_KINDS,
  MECHANISM_GRADES,
  MECHANISM_SCALE_NAMES,
} from '@app/recommendations';

const LABELS = [...new Set([...LINK_KINDS, ...Object.values(INVERSE_LINK_LABELS)])];

export class LinkResponse {
  @ApiProperty({ enum: LINK_KINDS, description: 'As declared by the recommendation that names the other' })
  kind!: string;

  @ApiProperty({
    enum: LABELS,
    description: 'As read from this side: the inverse (carried_over_to, duplicated_by) when incoming',
  })
  label!: string;

  @ApiProperty({ format: 'uuid' })
  recommendationId!: string;

  @ApiProperty({ type: String, nullable: true, example: 'CCPR/C/TKM/CO/2 para. 7' })
  reference!: string | null;

  @ApiProperty({ format: 'date-time' })
  linkedAt!: string;
}

export class LinksResponse {
  @ApiProperty({ type: () => LinkResponse, isArray: true, description: 'Declared by this recommendation' })
  outgoing!: LinkResponse[];

  @ApiProperty({
    type: () => LinkResponse,
    isArray: true,
    description: 'Declared by others, naming this one',
  })
  incoming!: LinkResponse[];
}

export class StateAssessmentResponse {
  @ApiProperty({ example: 'Disaggregated indicators published.' })
  assessment!: string;

  @ApiPropertyOptional({ type: [String] })
  evidence?: string[];
}

@ApiExtraModels(StateAssessmentResponse)
export class MechanismAssessmentResponse {
  @ApiProperty({ enum: MECHANISM_SCALE_NAMES })
  scale!: string;

  @ApiProperty({ enum: MECHANISM_GRADES, description: 'On the scale' })
  grade!: string;

  @ApiProperty({ example: 'Human Rights Committee' })
  assessedBy!: string;

  @ApiProperty({ format: 'date' })
  assessedOn!: string;

  @ApiPropertyOptional({ example: 'CCPR/C/138/2' })
  documentSymbol?: string;

  @ApiPropertyOptional()
  note?: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}
