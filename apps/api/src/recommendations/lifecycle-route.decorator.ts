import { Delete, HttpCode, HttpStatus, Post, applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOperation } from '@nestjs/swagger';
import type { CommandName } from '@app/recommendations';
import { LifecycleCommand } from '../auth';
import { CommandAnswered } from '../http/command-answer.response';
import type { ProblemCode } from '../http/problem-catalogue';
import { BODY_PROBLEMS, CorrelationHeader, ProblemResponses } from '../http/problem-responses.decorator';

const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: false,
  description: 'The revision you last saw, e.g. "3"; 409 if it moved on',
});
export const IDEMPOTENCY_KEY = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'A retry with the same key and body appends nothing',
});

/** The refusals every lifecycle command on an existing recommendation can answer. */
const LIFECYCLE_PROBLEMS = [
  ...BODY_PROBLEMS,
  414,
  'RECOMMENDATION.NOT_FOUND',
  'CONCURRENCY_CONFLICT',
  'RECOMMENDATION.INVALID_TRANSITION',
  'IDEMPOTENCY_KEY_REUSED',
] as const;

/** A POST (or DELETE) lifecycle route: 200, roles from the lifecycle table, headers, answer and refusals documented. */
export const LifecycleRoute = (
  path: string,
  command: CommandName,
  summary: string,
  codes: ProblemCode[] = [],
  method: typeof Post | typeof Delete = Post,
) =>
  applyDecorators(
    method(path),
    HttpCode(HttpStatus.OK),
    LifecycleCommand(command),
    ApiOperation({ summary }),
    IF_MATCH,
    IDEMPOTENCY_KEY,
    CorrelationHeader(),
    CommandAnswered(200),
    ProblemResponses(...LIFECYCLE_PROBLEMS, ...codes),
  );

/** The commands whose rationale, reason or assessment must not be blank. */
export const JUSTIFIED: ProblemCode[] = ['RECOMMENDATION.RATIONALE_REQUIRED'];

/** The commands that take an `effectiveDate`, which may not be after today. */
export const DATED: ProblemCode[] = ['RECOMMENDATION.EFFECTIVE_DATE_IN_FUTURE'];
