import { HttpStatus } from '@nestjs/common';

/** An RFC 9457 problem with the stable `code` clients switch on. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  [extension: string]: unknown;
}

export const PROBLEM_JSON = 'application/problem+json';

export const problem = (
  status: number,
  code: string,
  detail: string,
  extensions: Record<string, unknown> = {},
): ProblemDetails => ({
  // Extensions first: they may never override the members RFC 9457 defines.
  ...extensions,
  type: `urn:problem:${code}`,
  title: code,
  status,
  detail,
  code,
});

/** 1 MiB: a larger body is a 413 before it is parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Our own code and words for a status the framework raised, so none of its codes or texts reach a caller. */
const FRAMEWORK_ANSWERS: Readonly<Record<number, [code: string, detail: string]>> = {
  [HttpStatus.BAD_REQUEST]: ['BAD_REQUEST', 'The request is malformed'],
  [HttpStatus.UNAUTHORIZED]: ['UNAUTHENTICATED', 'Send Authorization: Bearer <token>'],
  [HttpStatus.FORBIDDEN]: ['FORBIDDEN', 'This route is not allowed to this user'],
  [HttpStatus.NOT_FOUND]: ['NOT_FOUND', 'There is no such route'],
  [HttpStatus.REQUEST_TIMEOUT]: ['REQUEST_TIMEOUT', 'The request was not received in time'],
  [HttpStatus.PAYLOAD_TOO_LARGE]: [
    'PAYLOAD_TOO_LARGE',
    `The body is larger than the limit of ${BODY_LIMIT_BYTES} bytes`,
  ],
  [HttpStatus.URI_TOO_LONG]: ['URI_TOO_LONG', 'A path segment is longer than the server accepts'],
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: ['UNSUPPORTED_MEDIA_TYPE', 'Bodies must be application/json'],
  [HttpStatus.TOO_MANY_REQUESTS]: ['RATE_LIMITED', 'Too many requests; retry later'],
  431: ['HEADERS_TOO_LARGE', 'The request headers are larger than the server accepts'],
};

/** A refused media type names the header at fault, as the body parser's own refusal does. */
export const CONTENT_TYPE_PROBLEM = { field: 'Content-Type', message: 'must be application/json' };

/** The problem for a status the framework (Fastify, Node's HTTP parser) decided, in this API's words. */
export function frameworkProblem(status: number): ProblemDetails {
  const [code, detail] =
    FRAMEWORK_ANSWERS[status] ??
    (status < 500 ? FRAMEWORK_ANSWERS[HttpStatus.BAD_REQUEST] : ['INTERNAL', 'An unexpected error occurred']);
  const extensions = status === HttpStatus.UNSUPPORTED_MEDIA_TYPE ? { errors: [CONTENT_TYPE_PROBLEM] } : {};
  return problem(status, code, detail, extensions);
}
