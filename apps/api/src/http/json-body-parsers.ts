import type { FastifyInstance } from 'fastify';
import { jsonShapeProblem } from './json-body-limits';
import { RequestValidationError } from './request-validation.error';

/** JSON media types besides application/json (e.g. application/merge-patch+json), parsed the same way. */
const JSON_SUFFIX_TYPE = /^application\/[\w.-]+\+json(?:\s*;.*)?$/i;

/**
 * Bodies are JSON or nothing: bad JSON and any other media type are refused naming what is wrong, raised as
 * RequestValidationError so they reach the problem filter as themselves.
 */
export function acceptJsonBodiesOnly(fastify: FastifyInstance, bodyLimit: number): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  const parseJson = (request: unknown, body: string, done: (error: Error | null, value?: unknown) => void) =>
    parse(request as never, body, (error, value) => {
      const problem = error ? 'must be valid JSON' : jsonShapeProblem(value);
      return problem
        ? done(new RequestValidationError([{ field: 'body', message: problem }]))
        : done(null, value);
    });
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, parseJson);
  fastify.addContentTypeParser(JSON_SUFFIX_TYPE, { parseAs: 'string', bodyLimit }, parseJson);
  fastify.addContentTypeParser('*', (_request, _payload, done) =>
    done(new RequestValidationError([{ field: 'Content-Type', message: 'must be application/json' }])),
  );
}
