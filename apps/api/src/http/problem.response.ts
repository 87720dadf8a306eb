import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

export const MAX_FIELD_PROBLEMS = 20;

export class FieldProblemResponse {
  @ApiProperty({
    example: 'source.mechanism.kind',
    description: 'The field, header or part of the request at fault',
  })
  field!: string;

  @ApiProperty({ example: 'source.mechanism.kind must be one of: upr, treaty_body, …' })
  message!: string;
}

/** RFC 9457 problem details: the one body of every error answer; extension members depend on the code. */
@ApiSchema({
  name: 'Problem',
  description:
    'RFC 9457 problem details. Some codes add members: CONCURRENCY_CONFLICT expectedRevision and actualRevision, RECOMMENDATION.INVALID_TRANSITION recommendationStatus and command, and so on (docs/api.md, Errors).',
})
export class ProblemResponse {
  @ApiProperty({ example: 'urn:problem:VALIDATION_FAILED' })
  type!: string;

  @ApiProperty({ example: 'VALIDATION_FAILED' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 400, description: 'The HTTP status, always' })
  status!: number;

  @ApiProperty({ example: 'text must be at least 1 character long' })
  detail!: string;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable: write clients against it, not detail' })
  code!: string;

  @ApiPropertyOptional({
    type: () => FieldProblemResponse,
    isArray: true,
    maxItems: MAX_FIELD_PROBLEMS,
    description: `VALIDATION_FAILED: the bad fields, at most ${MAX_FIELD_PROBLEMS}`,
  })
  errors?: FieldProblemResponse[];

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'VALIDATION_FAILED: how many further field problems were left out of errors',
  })
  errorsOmitted?: number;
}
