import { HttpStatus } from '@nestjs/common';

/** The one place a domain error code becomes an HTTP status (docs/api.md, Errors). */
const STATUS_BY_CODE: Readonly<Record<string, HttpStatus>> = {
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  'EVENT_STORE.INVALID_APPEND': HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  'RECOMMENDATION.NOT_FOUND': HttpStatus.NOT_FOUND,
  'PLAN.NOT_FOUND': HttpStatus.NOT_FOUND,
  'RECOMMENDATION.REVISION_NOT_FOUND': HttpStatus.NOT_FOUND,
  'AUDIT.STREAM_NOT_FOUND': HttpStatus.NOT_FOUND,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONCURRENCY_CONFLICT: HttpStatus.CONFLICT,
  'RECOMMENDATION.DUPLICATE_REFERENCE': HttpStatus.CONFLICT,
  'PLAN.ALREADY_EXISTS': HttpStatus.CONFLICT,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  PROJECTION_BEHIND: HttpStatus.GATEWAY_TIMEOUT,
  'PROJECTION.NOT_FOUND': HttpStatus.NOT_FOUND,
  'PROJECTION.REBUILD_IN_PROGRESS': HttpStatus.CONFLICT,
  STORE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  'DOMAIN.UNEXPECTED_EVENT': HttpStatus.INTERNAL_SERVER_ERROR,
};

/** Any other domain error is a rule the request broke: 422. */
export const statusForCode = (code: string): HttpStatus =>
  STATUS_BY_CODE[code] ?? HttpStatus.UNPROCESSABLE_ENTITY;
