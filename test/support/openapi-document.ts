import Ajv, { type ValidateFunction } from 'ajv';

export interface OpenApiResponse {
  description?: string;
  content?: Record<string, { schema?: Record<string, unknown> }>;
}

export interface OpenApiOperation {
  operationId?: string;
  security?: unknown[];
  requestBody?: unknown;
  responses: Record<string, OpenApiResponse>;
}

export interface OpenApiDocument {
  info: { description: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, unknown> };
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation of the document as `[label, operation]`, e.g. `['GET /health', {...}]`. */
export function operationsOf(doc: OpenApiDocument): [string, OpenApiOperation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, operation]): [string, OpenApiOperation] => [
        `${method.toUpperCase()} ${path}`,
        operation,
      ]),
  );
}

/** Schemas whose descriptions say they carry more members: a problem's extensions, the decider's state. */
const OPEN_SCHEMAS = new Set(['Problem', 'DeciderStateResponse']);

/** An object schema that does not say otherwise admits no member it does not list: an undocumented field fails. */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const schema = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closed(value)]));
  return 'properties' in schema && !('additionalProperties' in schema)
    ? { ...schema, additionalProperties: false }
    : schema;
}

const closedComponents = (components: OpenApiDocument['components']) => ({
  schemas: Object.fromEntries(
    Object.entries(components.schemas).map(([name, schema]) => [
      name,
      OPEN_SCHEMAS.has(name) ? schema : closed(schema),
    ]),
  ),
});

/** Checks real answers against the documented schemas, `$ref`s resolved within the document's components. */
export class DocumentedSchemas {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly components: unknown;

  constructor(private readonly doc: OpenApiDocument) {
    this.components = closedComponents(doc.components);
    this.ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    this.ajv.addFormat('date-time', (text: string) => !Number.isNaN(Date.parse(text)) && /T/.test(text));
    this.ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  }

  /** The validator of the answer `operation` documents for `status` in `mediaType`. */
  validator(label: string, status: number, mediaType = 'application/json'): ValidateFunction {
    const [method, path] = label.split(' ');
    const operation = this.doc.paths[path]?.[method.toLowerCase()];
    const schema = operation?.responses[String(status)]?.content?.[mediaType]?.schema;
    if (!schema) throw new Error(`${label} documents no ${mediaType} schema for ${status}`);
    return this.ajv.compile({ ...schema, components: this.components });
  }

  /** The answer's schema errors, empty when it matches what the document says. */
  errors(label: string, status: number, body: unknown, mediaType?: string): string[] {
    const validate = this.validator(label, status, mediaType);
    return validate(body)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
  }
}
