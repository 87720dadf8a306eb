import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtension, type OpenAPIObject } from '@nestjs/swagger';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const EXTENSION = 'x-body-per-content-type';

/**
 * A body taken in more than one content type (JSON, or multipart with files), each with its own schema: Swagger
 * gives every consumed type the same one, so the document is finished by `withBodiesPerContentType`.
 */
export const ApiBodies = (bodies: Readonly<Record<string, SchemaObject | ReferenceObject>>) => {
  const [first] = Object.values(bodies);
  return applyDecorators(
    ApiConsumes(...Object.keys(bodies)),
    ApiBody({ schema: first }),
    ApiExtension(EXTENSION, bodies),
  );
};

type Operation = { requestBody?: { content?: Record<string, unknown> } } & Record<string, unknown>;

/** Puts each content type's own schema in the operations `ApiBodies` marks, and drops the mark. */
export function withBodiesPerContentType(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Operation[]) {
      const bodies = operation?.[EXTENSION] as Record<string, unknown> | undefined;
      if (bodies === undefined) continue;
      delete operation[EXTENSION];
      operation.requestBody = {
        ...operation.requestBody,
        content: Object.fromEntries(Object.entries(bodies).map(([type, schema]) => [type, { schema }])),
      };
    }
  }
  return document;
}
