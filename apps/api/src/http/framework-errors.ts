import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_JSON, frameworkProblem } from './problem-details';

/** What helmet would have added: these answers are written before any hook runs. */
export const RAW_SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

/** Router refusals Fastify answers before a route (and so Nest's filter) is found. */
const ROUTER_ERROR_STATUS: Readonly<Record<string, number>> = {
  FST_ERR_MAX_PARAM_LENGTH: 414,
  FST_ERR_BAD_URL: 400,
};

/** Fastify's `frameworkErrors`: an id longer than a path segment may be (414) or a broken URL (400), as problems. */
export function answerRouterError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const body = frameworkProblem(ROUTER_ERROR_STATUS[error.code] ?? 400);
  void reply.status(body.status).headers(RAW_SECURITY_HEADERS).type(PROBLEM_JSON).send(JSON.stringify(body));
}

/** Refusals of Node's HTTP parser, before Fastify has a request: headers too large (431), too slow (408). */
const CLIENT_ERROR_STATUS: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/** Fastify's `clientErrorHandler`: answers a problem on the raw socket where it still can, then closes it. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const body = frameworkProblem(CLIENT_ERROR_STATUS[error.code ?? ''] ?? 400);
  const text = JSON.stringify(body);
  const headers = [
    `HTTP/1.1 ${body.status} ${STATUS_CODES[body.status] ?? ''}`,
    `Content-Type: ${PROBLEM_JSON}`,
    `Content-Length: ${Buffer.byteLength(text)}`,
    ...Object.entries(RAW_SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
    'Connection: close',
  ];
  if (socket.writable) socket.write(`${headers.join('\r\n')}\r\n\r\n${text}`);
  socket.destroy(error);
}
