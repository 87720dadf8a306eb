import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { AppError } from '@app/errors';
import { storeOutage } from '@app/event-store';
import type { FastifyReply } from 'fastify';
import { PROBLEM_JSON, frameworkProblem, problem, type ProblemDetails } from './problem-details';
import { statusForError } from './problem-status';

export type { ProblemDetails } from './problem-details';

/** Statuses of designed answers that are no fault of ours, so not logged as errors. */
const EXPECTED_5XX: ReadonlySet<string> = new Set(['PROJECTION_BEHIND', 'STORE_UNAVAILABLE']);

/** Turns every error into application/problem+json; a server error is logged here and never leaks its stack. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toProblem(error);
    if (body.status >= 500 && !EXPECTED_5XX.has(body.code))
      this.logger.error(error instanceof Error ? error.stack : String(error));
    if (body.code === 'STORE_UNAVAILABLE') this.logger.warn(describe(error));
    // A streamed answer (SSE, CSV) already sent its head: all that is left is to cut it off.
    if (reply.sent || reply.raw.headersSent) return void reply.raw.end();
    void reply.status(body.status).type(PROBLEM_JSON).send(JSON.stringify(body));
  }

  toProblem(error: unknown): ProblemDetails {
    const known = storeOutage(error) ?? error;
    if (known instanceof AppError) {
      return problem(statusForError(known), known.code, known.message, known.details());
    }
    if (known instanceof HttpException) return fromHttpException(known);
    const status = clientFaultStatus(known);
    if (status !== undefined) return frameworkProblem(status);
    return problem(500, 'INTERNAL', 'An unexpected error occurred; it has been logged');
  }
}

/** Ours carry `{ code, detail }`; any other HttpException (Nest wrapping a Fastify error) gets our own words. */
function fromHttpException(error: HttpException): ProblemDetails {
  const status = error.getStatus();
  const response = error.getResponse();
  const fields =
    typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
  if (typeof fields.code !== 'string') return frameworkProblem(status);
  const {
    code,
    detail = error.message,
    message: _message,
    error: _error,
    statusCode: _statusCode,
    ...extensions
  } = fields;
  return problem(status, code, String(detail), extensions);
}

/** A library error that names a 4xx (`statusCode`) is the client's fault; its own text is never shown. */
function clientFaultStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

const describe = (error: unknown): string =>
  error instanceof Error
    ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}`
    : String(error);
