import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from '../auth';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { html } from './html/html';
import { layout } from './layout/layout';
import { sendPage } from './send-page';
import { webContextOf } from './web-context';

type FieldError = { field: string; message: string };

/** Where the sign-in page sends the user back to; only this server's own workspace paths. */
export const safeNext = (value: unknown): string =>
  typeof value === 'string' && /^\/app(?:[/?#]|$)/.test(value) && !value.startsWith('//') ? value : '/app';

/**
 * The workspace's pages answer people, not programs: a missing or ended session leads to the sign-in page, any other
 * refusal is a page in the user's language; the problem's status is kept, and nothing internal is shown.
 */
@Catch()
export class WebPageFilter implements ExceptionFilter {
  private readonly problems = new ProblemDetailsFilter();
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<AuthenticatedRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = this.problems.toProblem(error);
    if (problem.status >= 500 && problem.status !== 503) {
      this.logger.error(error instanceof Error ? error.stack : String(error));
    }
    if (reply.sent || reply.raw.headersSent) return void reply.raw.end();
    if (problem.status === 401) {
      const ended = request.headers.cookie?.includes('rfu_session=') ? '&ended=1' : '';
      return void reply.redirect(
        `/app/sign-in?next=${encodeURIComponent(safeNext(request.url))}${ended}`,
        303,
      );
    }
    const web = webContextOf(request);
    const { t } = web;
    const explanation =
      problem.status === 404
        ? t.common.errorNotFound
        : problem.status === 403
          ? t.common.errorForbidden
          : problem.status < 500
            ? t.common.errorBadRequest
            : t.common.errorUnavailable;
    // The API's own words for what was wrong with the address, field by field (never anything internal).
    const fieldErrors =
      problem.status < 500 && Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : [];
    const body = html`<p class="notice error">${explanation}</p>
      ${
        fieldErrors.length > 0
          ? html`<ul>
              ${fieldErrors.map((e) => html`<li><strong>${e.field}</strong>: ${e.message}</li>`)}
            </ul>`
          : ''
      }
      <p><a href="/app">${t.common.backToBoard}</a></p>`;
    sendPage(reply, layout(web, { title: t.common.errorTitle, body }), problem.status);
  }
}
