import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { requestValidationPipe } from '../http/request-validation.pipe';

const pipe = requestValidationPipe();

/**
 * A page's query string, validated by the API's own DTO and pipe; a GET form sends its untouched fields empty,
 * which the API would refuse, so empty values are dropped first.
 */
export async function validatedQuery<T>(request: FastifyRequest, dto: new () => T): Promise<T> {
  const given = (request.query ?? {}) as Record<string, unknown>;
  const present = Object.fromEntries(
    Object.entries(given).filter(([, value]) => !(typeof value === 'string' && value.trim() === '')),
  );
  return (await pipe.transform(present, { type: 'query', metatype: dto })) as T;
}

/** The validated query as a handler parameter: `@PageQuery(BoardQueryDto) query: BoardQueryDto`. */
export const PageQuery = createParamDecorator(
  (dto: new () => unknown, context: ExecutionContext): Promise<unknown> =>
    validatedQuery(context.switchToHttp().getRequest<FastifyRequest>(), dto),
);
