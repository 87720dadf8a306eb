import { HttpCode, HttpStatus, Post, applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOperation } from '@nestjs/swagger';
import type { CommandName } from '@app/recommendations';
import { LifecycleCommand } from '../auth';
import { CommandAnswered } from '../http/command-answer.response';
import type { ProblemCode } from '../http/problem-catalogue';
import { BODY_PROBLEMS, CorrelationHeader, ProblemResponses } from '../http/problem-responses.decorator';
import { IDEMPOTENCY_KEY } from '../recommendations/lifecycle-route.decorator';

export const ACTION_IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: false,
  description: 'The revision you last saw (GET /actions/:id `revision`), e.g. "3"; 409 if it moved on',
});

/** The refusals every command on an existing action can answer. */
export const ACTION_PROBLEMS = [
  ...BODY_PROBLEMS,
  414,
  'ACTION.NOT_FOUND',
  'CONCURRENCY_CONFLICT',
  'ACTION.INVALID_TRANSITION',
  'IDEMPOTENCY_KEY_REUSED',
] as const;

/** The documentation and roles of a command on an action; the method decorator (Post, Patch…) comes from the route. */
export const ActionCommandDocs = (command: CommandName, summary: string, codes: ProblemCode[] = []) =>
  applyDecorators(
    HttpCode(HttpStatus.OK),
    LifecycleCommand(command),
    ApiOperation({ summary }),
    ACTION_IF_MATCH,
    IDEMPOTENCY_KEY,
    CorrelationHeader(),
    CommandAnswered(200),
    ProblemResponses(...ACTION_PROBLEMS, ...codes),
  );

/** `POST /actions/:id/<path>` running `command`. */
export const ActionRoute = (path: string, command: CommandName, summary: string, codes: ProblemCode[] = []) =>
  applyDecorators(Post(path), ActionCommandDocs(command, summary, codes));
