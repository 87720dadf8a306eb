import { HttpStatus } from '@nestjs/common';
import type { AppErrorKind } from '@app/errors';

/** The one place an error's kind becomes an HTTP status (docs/api.md, Errors). */
const STATUS_BY_KIND: Readonly<Record<AppErrorKind, HttpStatus>> = {
  invalid: HttpStatus.BAD_REQUEST,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rejected: HttpStatus.UNPROCESSABLE_ENTITY,
  throttled: HttpStatus.TOO_MANY_REQUESTS,
  internal: HttpStatus.INTERNAL_SERVER_ERROR,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
  timeout: HttpStatus.GATEWAY_TIMEOUT,
};

export const statusForKind = (kind: AppErrorKind): HttpStatus => STATUS_BY_KIND[kind];

/** Codes whose status says more than their kind's: a file over the size limit is 413, one of a refused type 415. */
const STATUS_BY_CODE: Readonly<Record<string, HttpStatus>> = {
  'IMPORT.FILE_TOO_LARGE': HttpStatus.PAYLOAD_TOO_LARGE,
  // A rule of the domain, but about who asks: a focal point outside their institution is forbidden, not wrong.
  'PROGRESS_REPORT.INSTITUTION_OUT_OF_SCOPE': HttpStatus.FORBIDDEN,
  'EVIDENCE.FILE_TOO_LARGE': HttpStatus.PAYLOAD_TOO_LARGE,
  'EVIDENCE.UNSUPPORTED_TYPE': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
};

export const statusForError = (error: { kind: AppErrorKind; code: string }): HttpStatus =>
  STATUS_BY_CODE[error.code] ?? statusForKind(error.kind);
