import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  POSITION_STATES,
  PROGRESS_STATUSES,
  RECOMMENDATION_STATUSES,
  MECHANISM_KINDS,
  type PositionState,
  type ProgressStatus,
  type RecommendationStatus,
  type MechanismKind,
} from '@app/recommendations';
import { enumOrNull, objectOrNull } from '../http/nullable';
import {
  LinksResponse,
  MechanismAssessmentResponse,
  StateAssessmentResponse,
} from './recommendation-links.response';
import { EvidenceItemResponse } from '../evidence/evidence.response';
import { ActorResponse } from './actor.response';
import { PublicationResponse } from './publication.response';

export { ActorResponse } from './actor.response';

const STATUSES = RECOMMENDATION_STATUSES.filter((status) => status !== 'none');

export class MechanismResponse {
  @ApiProperty({ enum: MECHANISM_KINDS, example: 'treaty_body' })
  kind!: MechanismKind;

  @ApiPropertyOptional({ example: 'CEDAW', description: 'The committee or the mandate' })
  body?: string;
}

export class RecommendingPartyResponse {
  @ApiProperty({ example: 'Norway' })
  name!: string;

  @ApiPropertyOptional({ example: 'NOR', description: 'ISO 3166-1 alpha-3, for a State' })
  iso3?: string;

  @ApiPropertyOptional({ example: 'WEOG' })
  regionalGroup?: string;
}

export class UprSessionResponse {
  @ApiProperty({ type: 'integer', example: 3 })
  cycle!: number;

  @ApiProperty({ type: 'integer', example: 30 })
  session!: number;
}

export class SourceResponse {
  @ApiProperty({ type: () => MechanismResponse })
  mechanism!: MechanismResponse;

  @ApiProperty({ type: () => RecommendingPartyResponse, isArray: true })
  recommendingParties!: RecommendingPartyResponse[];

  @ApiPropertyOptional({ example: 'TKM' })
  stateUnderReview?: string;

  @ApiPropertyOptional({ type: () => UprSessionResponse })
  upr?: UprSessionResponse;

  @ApiPropertyOptional({ example: 'A/HRC/39/3' })
  documentSymbol?: string;

  @ApiPropertyOptional({ example: 'Country programme 2021-2025' })
  document?: string;

  @ApiPropertyOptional({ example: '114.3' })
  paragraph?: string;

  @ApiPropertyOptional({ format: 'date', example: '2021-01-15' })
  date?: string;

  @ApiPropertyOptional({ example: 'UPRInfo-101234' })
  externalId?: string;

  @ApiPropertyOptional({ example: 'Supported', description: "The source's own response" })
  response?: string;
}

export class PlanLinkResponse {
  @ApiProperty({ example: 'NHRAP-2021-2025' })
  planId!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Task 2.1', description: 'null until given' })
  actionRef!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The plan action (GET /actions/:id) the link belongs to; null when the link names no action',
  })
  actionId!: string | null;

  @ApiProperty({
    type: [String],
    nullable: true,
    example: ['Ministry of Justice'],
    description: 'null until given',
  })
  responsibleInstitutions!: string[] | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    example: '2023-12-31',
    description: 'null until given; a plan item without one is never overdue',
  })
  targetDate!: string | null;
}

export class ProgressResponse {
  @ApiProperty({ enum: PROGRESS_STATUSES, example: 'in_progress' })
  status!: ProgressStatus;

  @ApiProperty({ example: 'Draft law submitted.' })
  narrative!: string;

  @ApiPropertyOptional({ example: '2022-Q1' })
  period?: string;

  @ApiPropertyOptional({ type: [String] })
  evidence?: string[];
}

export class TransitionResponse {
  @ApiProperty(enumOrNull(STATUSES, 'null for the proposal'))
  from!: RecommendationStatus | null;

  @ApiProperty({ enum: STATUSES })
  to!: RecommendationStatus;

  @ApiProperty({ example: 'PositionRecorded', description: 'The event type' })
  type!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: () => ActorResponse })
  actor!: ActorResponse;
}

/** One item of `GET /recommendations`: the record as it stands, without its history. */
@ApiExtraModels(PlanLinkResponse, ProgressResponse)
export class RecommendationItemResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'UPR-2021-114.3' })
  reference!: string;

  @ApiProperty({
    description: 'In textLanguage: the translation ?lang= asked for where one exists, else the original',
  })
  text!: string;

  @ApiProperty({ example: 'en', description: 'The language of text (BCP 47)' })
  textLanguage!: string;

  @ApiProperty({ example: 'en', description: 'The language of the original text (BCP 47)' })
  originalLanguage!: string;

  @ApiProperty({
    example: 'en',
    description: 'The language of the original text, as originalLanguage (BCP 47)',
  })
  language!: string;

  @ApiProperty({ enum: STATUSES })
  status!: RecommendationStatus;

  @ApiProperty(
    enumOrNull(POSITION_STATES, 'pending while the response is deferred; null until a position is recorded'),
  )
  position!: PositionState | null;

  @ApiProperty({ type: () => SourceResponse })
  source!: SourceResponse;

  @ApiProperty({ type: [String], example: ['non-discrimination'] })
  themes!: string[];

  @ApiProperty({ type: [String], example: ['16.3'] })
  sdgTargets!: string[];

  @ApiProperty({ type: [String], example: ['children'] })
  affectedGroups!: string[];

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'null until a review is scheduled',
  })
  reviewDueDate!: string | null;

  @ApiProperty({
    description: 'Under review past its due date, or planned past its target date (when it has one)',
  })
  overdue!: boolean;

  @ApiProperty(objectOrNull(PlanLinkResponse, 'null until reflected in a plan'))
  plan!: PlanLinkResponse | null;

  @ApiProperty(objectOrNull(ProgressResponse, 'The latest report; null before one'))
  progress!: ProgressResponse | null;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'How many corrections changed the fields; their reasons are in the history',
  })
  corrections!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Also the ETag' })
  revision!: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

/** The latest translation in one language. */
export class TranslationResponse {
  @ApiProperty({ example: 'ru', description: 'BCP 47' })
  language!: string;

  @ApiProperty({ example: 'Принять всеобъемлющий антидискриминационный закон.' })
  text!: string;

  @ApiProperty({
    example: 'UN Russian Translation Service',
    description: "The translator, or the adding user's id",
  })
  translatedBy!: string;

  @ApiProperty({ format: 'date-time' })
  addedAt!: string;
}

/** `GET /recommendations/:id`: the item with its transitions and the whole seconds spent in each status. */
export class RecommendationResponse extends RecommendationItemResponse {
  @ApiProperty({
    type: () => TranslationResponse,
    isArray: true,
    description: 'One per language, in language order',
  })
  translations!: TranslationResponse[];

  @ApiProperty({ type: () => LinksResponse, description: 'Links to other recommendations, both directions' })
  links!: LinksResponse;

  @ApiProperty(
    objectOrNull(StateAssessmentResponse, "The State's own assessment (markImplemented); null before"),
  )
  stateAssessment!: StateAssessmentResponse | null;

  @ApiProperty({
    type: () => MechanismAssessmentResponse,
    isArray: true,
    description: 'Never merged with the State assessment',
  })
  mechanismAssessments!: MechanismAssessmentResponse[];

  @ApiProperty({ type: () => TransitionResponse, isArray: true })
  transitions!: TransitionResponse[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    example: { proposed: 3600, under_review: 7200 },
    description: 'Whole seconds in each status visited; the current one up to the moment of the query',
  })
  timeInStatus!: Record<string, number>;

  @ApiProperty({
    type: () => EvidenceItemResponse,
    isArray: true,
    description: 'Files attached, oldest first; download from /recommendations/:id/evidence/:sha256',
  })
  evidence!: EvidenceItemResponse[];

  @ApiProperty({ type: () => PublicationResponse })
  publication!: PublicationResponse;
}

export class RecommendationPageResponse {
  @ApiProperty({ type: () => RecommendationItemResponse, isArray: true })
  items!: RecommendationItemResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as cursor for the next page; null on the last',
  })
  nextCursor!: string | null;
}
