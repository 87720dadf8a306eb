import { UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { jsonShapeProblem } from './json-body-limits';
import { CONTENT_TYPE_PROBLEM } from './problem-details';
import { RequestValidationError } from './request-validation.error';

/** JSON media types besides application/json (e.g. application/merge-patch+json), parsed the same way. */
const JSON_SUFFIX_TYPE = /^application\/[\w.-]+\+json(?:\s*;.*)?$/i;

/**
 * Bodies are JSON or nothing: bad JSON is a 400 naming the body, any other media type a 415 naming Content-Type;
 * both reach the problem filter as themselves.
 */
export function acceptJsonBodiesOnly(fastify: FastifyInstance, bodyLimit: number): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  const parseJson = (
    request: { method: string; url: string },
    body: string,
    done: (error: Error | null, value?: unknown) => void,
  ) =>
    // An import reads its body as a file stream: parsed JSON there is the wrong media type, not a crash.
    isImportUpload(request.method, request.url)
      ? done(unsupportedMediaType())
      : parse(request as never, body, (error, value) => {
          const problem = error ? 'must be valid JSON' : jsonShapeProblem(value);
          return problem
            ? done(new RequestValidationError([{ field: 'body', message: problem }]))
            : done(null, value);
        });
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, parseJson);
  fastify.addContentTypeParser(JSON_SUFFIX_TYPE, { parseAs: 'string', bodyLimit }, parseJson);
  // The import route takes the file itself, as a stream: its reader enforces the size limit as the bytes arrive.
  fastify.addContentTypeParser(IMPORT_MEDIA_TYPES, (request, payload, done) =>
    isImportUpload(request.method, request.url)
      ? done(null, payload)
      : done(unsupportedMediaType(), undefined),
  );
  // Evidence uploads stream to their reader (evidence/multipart-reader.ts), which stores each file as it arrives.
  fastify.addContentTypeParser('multipart/form-data', (request, payload, done) =>
    isMultipartUpload(request.method, request.url)
      ? done(null, payload)
      : done(unsupportedMediaType(), undefined),
  );
  // The workspace's own forms (sign-in, sign-out, language) post as browsers do, and only to its pages.
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (request, body, done) =>
      isWorkspaceForm(request.method, request.url)
        ? done(null, Object.fromEntries(new URLSearchParams(body as string)))
        : done(unsupportedMediaType(), undefined),
  );
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(unsupportedMediaType()));
}

/** CSV and XLSX, the media types of an import (`text/plain` is not one of them). */
export const IMPORT_MEDIA_TYPES = [
  'text/csv',
  'application/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

const FORM_BODY_LIMIT = 16 * 1024;

const isWorkspaceForm = (method: string, url: string): boolean =>
  method === 'POST' && url.startsWith('/app/');

/** The routes that take files (multipart/form-data): a route not listed here answers such a body 415. */
export const MULTIPART_ROUTES: readonly RegExp[] = [
  /^\/recommendations\/[^/?]+\/evidence(?:\?|$)/,
  /^\/actions\/[^/?]+\/progress-reports(?:\?|$)/,
  /^\/progress-reports\/[^/?]+\/resubmit(?:\?|$)/,
];

const isMultipartUpload = (method: string, url: string): boolean =>
  method === 'POST' && MULTIPART_ROUTES.some((route) => route.test(url));

const isImportUpload = (method: string, url: string): boolean =>
  method === 'POST' && IMPORT_ROUTES.some((route) => route.test(url));

/** The routes that take a CSV or XLSX file as the body: recommendations, and a plan's results matrix. */
const IMPORT_ROUTES: readonly RegExp[] = [/^\/imports(?:\?|$)/, /^\/plans\/[^/?]+\/actions\/import(?:\?|$)/];

function unsupportedMediaType(): UnsupportedMediaTypeException {
  return new UnsupportedMediaTypeException({
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'Bodies must be application/json (an import: text/csv or the XLSX media type)',
    errors: [CONTENT_TYPE_PROBLEM],
  });
}
