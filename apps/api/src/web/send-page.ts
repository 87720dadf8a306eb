import type { FastifyReply } from 'fastify';
import type { Html } from './html/html';

/** An HTML page, never cached: it shows the record as it stands and the user's own CSRF token. */
export function sendPage(reply: FastifyReply, page: Html, status = 200): void {
  void reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .send(page.value);
}
