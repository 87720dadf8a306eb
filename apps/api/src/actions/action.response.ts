import { ApiProperty } from '@nestjs/swagger';

export class InstitutionNamesResponse {
  @ApiProperty({ example: 'Ministry of Justice' }) en!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Министерство юстиции' }) ru!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) tk!: string | null;
}

export class ActionSummaryResponse {
  @ApiProperty({ format: 'uuid', description: 'actionIdOf(planId, number)' }) id!: string;
  @ApiProperty({ example: 'NHRAP-2021-2025' }) planId!: string;
  @ApiProperty({ example: '2.1.3' }) number!: string;
  @ApiProperty({ example: 'Draft amendments to the Criminal Code' }) title!: string;
  @ApiProperty({ enum: ['planned', 'in_progress', 'delayed', 'completed', 'cancelled'] }) status!: string;
  @ApiProperty({ description: 'True while only version-1 plan links imply the action' }) implied!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'ministry-of-justice' }) leadInstitutionId!:
    string | null;
  @ApiProperty({ type: [String], example: ['ombudsperson'] }) supportingInstitutionIds!: string[];
  @ApiProperty({ type: String, nullable: true, format: 'date' }) startDate!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) targetDate!: string | null;
  @ApiProperty({ type: [String], description: 'Free-text institutions named by plan links' })
  responsibleInstitutions!: string[];
  @ApiProperty({ type: 'integer' }) recommendationCount!: number;
  @ApiProperty({ description: 'On the public portal; false until the secretariat publishes it' })
  published!: boolean;
}

export class InstitutionRefResponse {
  @ApiProperty({ example: 'ministry-of-justice' }) id!: string;
  @ApiProperty({ type: () => InstitutionNamesResponse, nullable: true })
  names!: InstitutionNamesResponse | null;
}

export class LinkedRecommendationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'UPR-TKM-S16-p1' }) reference!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'planned' }) status!: string | null;
}

export class IndicatorResponse {
  @ApiProperty({ example: 'drafts-submitted' }) indicatorId!: string;
  @ApiProperty({ example: 'Draft laws submitted to parliament' }) name!: string;
  @ApiProperty({ example: 'drafts' }) unit!: string;
  @ApiProperty({ type: Number, nullable: true }) baseline!: number | null;
  @ApiProperty({ type: Number, nullable: true }) target!: number | null;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 60 }) frequencyMonths!: number;
  @ApiProperty({ format: 'date' }) scheduleStart!: string;
  @ApiProperty({ type: [String], description: "Every due date up to the plan's end" }) dueDates!: string[];
  @ApiProperty({ type: [String], description: 'Due dates before today' }) pastDueDates!: string[];
  @ApiProperty({ type: String, nullable: true, format: 'date' }) nextDueDate!: string | null;
}

export class ActionDetailsResponse extends ActionSummaryResponse {
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'For If-Match; null while implied' })
  revision!: number | null;
  @ApiProperty({ type: () => InstitutionRefResponse, nullable: true })
  leadInstitution!: InstitutionRefResponse | null;
  @ApiProperty({ type: () => InstitutionRefResponse, isArray: true })
  supportingInstitutions!: InstitutionRefResponse[];
  @ApiProperty({ type: () => LinkedRecommendationResponse, isArray: true })
  recommendations!: LinkedRecommendationResponse[];
  @ApiProperty({ type: () => IndicatorResponse, isArray: true }) indicators!: IndicatorResponse[];
}
