import { PLAN, startApi, type ApiHarness } from './support/api-harness';
import {
  DocumentedSchemas,
  operationsOf,
  type OpenApiDocument,
  type OpenApiResponse,
} from './support/openapi-document';
import { proposeOne, runCommand } from './support/read-model-commands';

const PROBLEM_REF = '#/components/schemas/Problem';
const NO_CONTENT = new Set(['204', '304']);
/** /health answers its own body when degraded, so monitors read one shape whatever the status. */
const HEALTH_BODY = { answer: 'GET /health 503', ref: '#/components/schemas/HealthResponse' };
/** Authenticated routes every caller with a valid token may use: they check no role. */
const ANY_ROLE = new Set(['GET /whoami', 'GET /vocabulary/themes']);

const isError = (status: string) => Number(status) >= 400;
const problemSchemaOf = (response: OpenApiResponse) =>
  response.content?.['application/problem+json']?.schema?.$ref;

describe('the OpenAPI document at /docs-json', () => {
  let api: ApiHarness;
  let doc: OpenApiDocument;
  let schemas: DocumentedSchemas;
  beforeAll(async () => {
    api = await startApi({}, { consistencyTimeoutMs: 300 });
    doc = (await api.http().get('/docs-json').expect(200)).body as OpenApiDocument;
    schemas = new DocumentedSchemas(doc);
  }, 30_000);
  afterAll(() => api.close());

  const operations = () => operationsOf(doc);

  it('points readers to the contract inside the repository, docs/api.md', () => {
    expect(doc.info.description).toContain('docs/api.md');
    expect(doc.info.description).not.toMatch(/API\.md/);
  });

  it('gives every operation a success answer with a schema, or says it has no content', () => {
    const missing = operations().flatMap(([label, operation]) => {
      const successes = Object.entries(operation.responses).filter(([status]) => /^[23]\d\d$/.test(status));
      if (successes.length === 0) return [`${label}: no 2xx answer`];
      return successes
        .filter(([status]) => !NO_CONTENT.has(status))
        .filter(([, response]) => !Object.values(response.content ?? {}).some((media) => media.schema))
        .map(([status]) => `${label} ${status}: no schema`);
    });
    expect(missing).toEqual([]);
  });

  it('answers every error of every operation with the problem+json schema and the codes it may carry', () => {
    const wrong = operations().flatMap(([label, operation]) =>
      Object.entries(operation.responses)
        .filter(([status]) => isError(status) && `${label} ${status}` !== HEALTH_BODY.answer)
        .filter(
          ([, response]) =>
            problemSchemaOf(response) !== PROBLEM_REF || !/[A-Z_]{5,}/.test(response.description ?? ''),
        )
        .map(([status]) => `${label} ${status}`),
    );
    expect(wrong).toEqual([]);
    const degraded = doc.paths['/health'].get.responses['503'];
    expect(degraded.content?.['application/json']?.schema?.$ref).toBe(HEALTH_BODY.ref);
  });

  it('lists 401, 429 and 503 on every authenticated operation, and 403 where it checks roles', () => {
    const missing = operations()
      .filter(([, operation]) => (operation.security ?? []).length > 0)
      .flatMap(([label, operation]) => {
        const expected = ANY_ROLE.has(label) ? ['401', '429', '503'] : ['401', '403', '429', '503'];
        return expected
          .filter((status) => !(status in operation.responses))
          .map((status) => `${label} ${status}`);
      });
    expect(missing).toEqual([]);
  });

  it('lists 400, 413 and 415 on every operation that takes a body', () => {
    const withBody = operations().filter(([, operation]) => operation.requestBody !== undefined);
    expect(withBody.length).toBeGreaterThanOrEqual(11);
    const missing = withBody.flatMap(([label, operation]) =>
      ['400', '413', '415']
        .filter((status) => !(status in operation.responses))
        .map((status) => `${label} ${status}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists the not-found, conflict, rule and read-model statuses of the routes that can answer them', () => {
    const statuses = (label: string) => {
      const [method, path] = label.split(' ');
      return Object.keys(doc.paths[path][method.toLowerCase()].responses);
    };
    expect(statuses('POST /recommendations/{id}/record-position')).toEqual(
      expect.arrayContaining(['200', '400', '404', '409', '414', '422']),
    );
    expect(statuses('POST /recommendations')).toEqual(expect.arrayContaining(['201', '409', '422']));
    expect(statuses('GET /recommendations/{id}')).toEqual(
      expect.arrayContaining(['200', '304', '404', '504']),
    );
    expect(statuses('GET /recommendations')).toEqual(expect.arrayContaining(['200', '400', '504']));
    expect(statuses('GET /health')).toEqual(expect.arrayContaining(['200', '503']));
    expect(statuses('POST /projections/{name}/rebuild')).toEqual(
      expect.arrayContaining(['202', '404', '409']),
    );
  });

  it('documents the answers the API really gives: commands, reads, audit, operations and problems', async () => {
    const plan = await api.as('secretariat').post('/plans', PLAN).expect(201);
    const { id, position } = await proposeOne(api);
    await runCommand(api, 'secretariat', `/recommendations/${id}/schedule-review`, {
      reviewDueDate: '2021-06-30',
    });
    await runCommand(api, 'reviewer', `/recommendations/${id}/record-position`, {
      position: 'supported',
      rationale: 'Agreed.',
    });
    const last = await api.as('secretariat').post(`/recommendations/${id}/reflect-in-plan`, {
      planId: PLAN.id,
      actionRef: 'Task 2.1',
      responsibleInstitutions: ['Ministry of Justice'],
      targetDate: '2023-12-31',
    });
    const wait = `consistentWith=${last.body.position as string}`;
    const answers: [string, number, unknown][] = [
      ['POST /plans', 201, plan.body],
      ['POST /recommendations/{id}/reflect-in-plan', 200, last.body],
      [
        'GET /recommendations/{id}',
        200,
        (await api.as('reporter').get(`/recommendations/${id}?${wait}`)).body,
      ],
      ['GET /recommendations', 200, (await api.as('reporter').get(`/recommendations?${wait}`)).body],
      ['GET /plans', 200, (await api.as('reporter').get(`/plans?${wait}`)).body],
      ['GET /plans/{id}', 200, (await api.as('reporter').get(`/plans/${PLAN.id}?${wait}`)).body],
      [
        'GET /reports/summary',
        200,
        (await api.as('reporter').get(`/reports/summary?by=position&${wait}`)).body,
      ],
      [
        'GET /reports/summary',
        200,
        (await api.as('reporter').get(`/reports/summary?by=regionalGroup,status&${wait}`)).body,
      ],
      ['GET /reports/over-time', 200, (await api.as('reporter').get(`/reports/over-time?${wait}`)).body],
      [
        'GET /plans/{id}/institutions',
        200,
        (await api.as('reporter').get(`/plans/${PLAN.id}/institutions?${wait}`)).body,
      ],
      ['GET /vocabulary/themes', 200, (await api.as('reporter').get('/vocabulary/themes')).body],
      ['GET /feed', 200, (await api.as('reporter').get(`/feed?${wait}`)).body],
      [
        'GET /recommendations/{id}/history',
        200,
        (await api.as('auditor').get(`/recommendations/${id}/history`)).body,
      ],
      [
        'GET /recommendations/{id}/state',
        200,
        (await api.as('auditor').get(`/recommendations/${id}/state`)).body,
      ],
      ['GET /audit/verify', 200, (await api.as('auditor').get('/audit/verify')).body],
      ['GET /audit/events', 200, (await api.as('auditor').get(`/audit/events?after=${position}`)).body],
      ['GET /projections', 200, (await api.as('auditor').get('/projections')).body],
      ['GET /whoami', 200, (await api.as('reporter').get('/whoami')).body],
      ['GET /health', 200, (await api.http().get('/health')).body],
      [
        'POST /projections/{name}/rebuild',
        202,
        (await api.as('admin').post('/projections/feed/rebuild')).body,
      ],
    ];
    const mismatches = answers.flatMap(([label, status, body]) =>
      schemas.errors(label, status, body).map((error) => `${label} ${status}: ${error}`),
    );
    expect(mismatches).toEqual([]);
  });

  it('documents the problems the API really answers: a 400 naming the field, a 404, a 409 and a 422', async () => {
    const { id } = await proposeOne(api);
    const badRequest = await api.as('secretariat').post('/recommendations', { text: '' }).expect(400);
    const notFound = await api
      .as('reporter')
      .get('/recommendations/00000000-0000-4000-8000-000000000000')
      .expect(404);
    const conflict = await api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' })
      .set('If-Match', '"7"')
      .expect(409);
    const rejected = await api
      .as('reviewer')
      .post(`/recommendations/${id}/record-position`, { position: 'noted', rationale: 'Too early.' })
      .expect(422);
    const problems: [string, number, unknown][] = [
      ['POST /recommendations', 400, badRequest.body],
      ['GET /recommendations/{id}', 404, notFound.body],
      ['POST /recommendations/{id}/schedule-review', 409, conflict.body],
      ['POST /recommendations/{id}/record-position', 422, rejected.body],
    ];
    const mismatches = problems.flatMap(([label, status, body]) =>
      schemas
        .errors(label, status, body, 'application/problem+json')
        .map((error) => `${label} ${status}: ${error}`),
    );
    expect(mismatches).toEqual([]);
    expect(badRequest.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'text' })]),
    );
  });
});
