import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { DomainError } from '@app/recommendations';
import { EventStoreError } from '@app/event-store';
import { ProjectionError } from '@app/projections';
import type { FastifyReply } from 'fastify';
import { RequestValidationError } from './request-validation.error';
import { statusForCode } from './problem-status';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  [extension: string]: unknown;
}

const problem = (
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

/** Turns every error into application/problem+json; a server error is logged here and never leaks its stack. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toProblem(error);
    if (body.status >= 500 && body.code !== 'PROJECTION_BEHIND')
      this.logger.error(error instanceof Error ? error.stack : String(error));
    // A streamed answer (SSE, CSV) already sent its head: all that is left is to cut it off.
    if (reply.sent || reply.raw.headersSent) return void reply.raw.end();
    void reply.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }

  toProblem(error: unknown): ProblemDetails {
    if (error instanceof RequestValidationError) {
      return problem(HttpStatus.BAD_REQUEST, error.code, error.message, error.details());
    }
    if (error instanceof DomainError) {
      return problem(statusForCode(error.code), error.code, error.message, error.details());
    }
    if (error instanceof ProjectionError) {
      return problem(statusForCode(error.code), error.code, error.message, error.details());
    }
    if (error instanceof EventStoreError) {
      return problem(statusForCode(error.code), error.code, error.message);
    }
    if (error instanceof HttpException) return this.fromHttpException(error);
    return problem(
      HttpStatus.INTERNAL_SERVER_ERROR,
      'INTERNAL',
      'An unexpected error occurred; it has been logged',
    );
  }

  private fromHttpException(error: HttpException): ProblemDetails {
    const status = error.getStatus();
    const response = error.getResponse();
    const fields =
      typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
    const code = typeof fields.code === 'string' ? fields.code : defaultCode(status);
    const detail = typeof fields.detail === 'string' ? fields.detail : error.message;
    const {
      code: _code,
      detail: _detail,
      message: _message,
      error: _error,
      statusCode: _statusCode,
      ...extensions
    } = fields;
    return problem(status, code, detail, extensions);
  }
}

function defaultCode(status: number): string {
  switch (status) {
    case HttpStatus.UNAUTHORIZED:
      return 'UNAUTHENTICATED';
    case HttpStatus.FORBIDDEN:
      return 'FORBIDDEN';
    case HttpStatus.NOT_FOUND:
      return 'NOT_FOUND';
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return 'PAYLOAD_TOO_LARGE';
    default:
      return status < 500 ? 'VALIDATION_FAILED' : 'INTERNAL';
  }
}
