import type { FastifyReply, FastifyRequest } from 'fastify';

/** Portal answers may be cached by anyone for a minute; they never vary by who asks. */
export const PUBLIC_CACHE = 'public, max-age=60';

/**
 * Sends a portal page or data file with its cache headers; the ETag is the log position the answer reflects (and
 * the address), so a client that already holds it gets 304 Not Modified.
 */
export function sendPublic(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: { position: bigint; body: string; type: string },
  status = 200,
): void {
  const etag = `W/"${answer.position.toString()}"`;
  void reply
    .header('Cache-Control', PUBLIC_CACHE)
    .header('ETag', etag)
    .header('X-Projection-Position', answer.position.toString());
  if (status === 200 && request.headers['if-none-match'] === etag) return void reply.status(304).send();
  void reply.status(status).type(answer.type).send(answer.body);
}
