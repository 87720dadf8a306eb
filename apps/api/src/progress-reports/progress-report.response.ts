import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_MEDIA_TYPES, PROGRESS_REPORT_STATUSES } from '@app/recommendations';

const nullableText = (example: string | null, description?: string) =>
  ApiProperty({ type: String, nullable: true, example, description });

export class IndicatorValueResponse {
  @ApiProperty({ example: 'ind-1' }) indicatorId!: string;
  @ApiProperty({ example: 12 }) value!: number;
  @ApiProperty({ required: false, example: 'Two regions not yet counted' }) note?: string;
}

export class EvidenceFileResponse {
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })
  sha256!: string;
  @ApiProperty({ example: 'order-2025-14.pdf' }) fileName!: string;
  @ApiProperty({ enum: EVIDENCE_MEDIA_TYPES }) mediaType!: string;
  @ApiProperty({ type: 'integer', example: 48213 }) size!: number;
  @ApiProperty({
    example: '/progress-reports/0b7f.../evidence/e3b0c442...',
    description: 'Where it downloads, to whoever may read the report',
  })
  href!: string;
}

export class ReportedActionResponse {
  @ApiProperty({ example: 'NHRAP-2021-2025' }) planId!: string;
  @ApiProperty({ example: '2.1.3' }) number!: string;
  @ApiProperty({ example: 'Draft amendments to the Criminal Code' }) title!: string;
}

export class ProgressReportResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty({ type: () => ReportedActionResponse, nullable: true }) action!: ReportedActionResponse | null;
  @ApiProperty({ example: 'ministry-of-justice' }) institutionId!: string;
  @ApiProperty({ enum: PROGRESS_REPORT_STATUSES.filter((status) => status !== 'none') }) status!: string;
  @ApiProperty({ format: 'date', example: '2025-01-01' }) periodStart!: string;
  @ApiProperty({ format: 'date', example: '2025-06-30' }) periodEnd!: string;
  @ApiProperty({ type: () => IndicatorValueResponse, isArray: true })
  indicatorValues!: IndicatorValueResponse[];
  @ApiProperty({ example: 'Draft amendments sent to the Mejlis.' }) narrative!: string;
  @ApiProperty({
    type: () => EvidenceFileResponse,
    isArray: true,
    description: "Every file the report's submissions gave, oldest first",
  })
  evidence!: EvidenceFileResponse[];
  @ApiProperty({ format: 'date-time' }) firstSubmittedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'The latest submission or resubmission' })
  submittedAt!: string;
  @ApiProperty({ example: 'merjen' }) submittedBy!: string;
  @nullableText('Attach the draft law.', "The secretariat's comment when it last returned the report")
  returnedComment!: string | null;
  @nullableText(null) validatedAt!: string | null;
  @nullableText(null) validatedBy!: string | null;
  @nullableText(null) validatedComment!: string | null;
  @ApiProperty({ description: 'On the public portal; only a validated report can be' })
  published!: boolean;
  @ApiProperty({ type: 'integer', description: "The report stream's revision, for If-Match" })
  revision!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class InboxIndicatorResponse {
  @ApiProperty({ example: 'drafts' }) indicatorId!: string;
  @ApiProperty({ example: 'Draft laws submitted to parliament' }) name!: string;
  @ApiProperty({ example: 'drafts' }) unit!: string;
  @ApiProperty({ type: Number, nullable: true, example: 2 }) target!: number | null;
}

export class InboxActionResponse {
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty({ example: 'NHRAP-2021-2025' }) planId!: string;
  @ApiProperty({ example: '2.1.3' }) number!: string;
  @ApiProperty({ example: 'Draft amendments to the Criminal Code' }) title!: string;
  @ApiProperty({ example: 'in_progress' }) status!: string;
  @ApiProperty({ enum: ['lead', 'supporting'] }) role!: string;
  @nullableText('2025-12-31') targetDate!: string | null;
  @ApiProperty({
    type: () => InboxIndicatorResponse,
    isArray: true,
    description: 'What a report gives values for',
  })
  indicators!: InboxIndicatorResponse[];
  @nullableText('2025-10-01', "The next date a report falls due by the indicators' schedules") nextDueDate!:
    string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    isArray: true,
    description: 'Due dates passed with no report',
  })
  overdueDueDates!: string[];
  @ApiProperty({ type: () => ProgressReportResponse, isArray: true }) reports!: ProgressReportResponse[];
}

export class InboxResponse {
  @ApiProperty({ example: 'ministry-of-justice' }) institutionId!: string;
  @ApiProperty({
    type: () => ProgressReportResponse,
    isArray: true,
    description: 'Returned reports, oldest first',
  })
  needsResubmission!: ProgressReportResponse[];
  @ApiProperty({ type: () => InboxActionResponse, isArray: true }) actions!: InboxActionResponse[];
}
