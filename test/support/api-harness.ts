import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@app/config';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@app/event-store';
import { addUser } from '@app/users';
import { createReadyApp } from '../../apps/api/src/app.factory';
import type { AppModuleOptions } from '../../apps/api/src/app.module';

process.env.NODE_ENV = 'test';

export const TEST_ROLES = ['admin', 'secretariat', 'reviewer', 'auditor', 'reporter'] as const;
export type TestRole = (typeof TEST_ROLES)[number];

/** A clock the test moves by hand, so event times are exact. */
export class ManualClock {
  constructor(private current = new Date('2021-02-01T09:00:00.000Z')) {}
  readonly now = (): Date => new Date(this.current);
  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

export interface ApiHarness {
  app: INestApplication;
  config: AppConfig;
  store: EventStore;
  clock: ManualClock;
  tokens: Record<TestRole, string>;
  /** A request as a user holding `role`. */
  as(role: TestRole): {
    get(path: string): request.Test;
    post(path: string, body?: object): request.Test;
  };
  http(): ReturnType<typeof request>;
  /** Every stored event of one recommendation's stream. */
  streamOf(recommendationId: string): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

/** Starts the API on a fresh temp DATA_DIR with one user per role. */
export async function startApi(
  env: Record<string, string> = {},
  options: Pick<AppModuleOptions, 'consistencyTimeoutMs' | 'eventStore'> = {},
): Promise<ApiHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'api-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir, ...env });
  const tokens = {} as Record<TestRole, string>;
  for (const role of TEST_ROLES) {
    tokens[role] = await addUser(config.usersFile, {
      id: `${role}-user`,
      name: `Test ${role}`,
      roles: [role],
    });
  }
  const clock = new ManualClock();
  const app = await createReadyApp({ config, clock: clock.now, ...options });
  const store = app.get<EventStore>(EVENT_STORE);
  const http = (): ReturnType<typeof request> => request(app.getHttpServer());
  return {
    app,
    config,
    store,
    clock,
    tokens,
    http,
    as: (role) => ({
      get: (path) => http().get(path).set('Authorization', `Bearer ${tokens[role]}`),
      post: (path, body = {}) => http().post(path).set('Authorization', `Bearer ${tokens[role]}`).send(body),
    }),
    streamOf: (id) => store.readStream(`recommendation-${id}`),
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const PLAN = {
  id: 'NHRAP-2021-2025',
  title: 'National Human Rights Action Plan 2021-2025',
  periodStart: '2021-01-01',
  periodEnd: '2025-12-31',
};

let references = 0;
/** A valid proposal with a reference unique within the test run. */
export const proposal = (overrides: object = {}): Record<string, unknown> => ({
  text: 'Adopt a comprehensive anti-discrimination law covering all grounds.',
  reference: `UNICEF-2021-${++references}`,
  source: {
    mechanism: { kind: 'unct' },
    recommendingParties: [{ name: 'UNICEF' }],
    document: 'Country programme 2021-2025',
    paragraph: '12(b)',
    date: '2021-01-15',
  },
  themes: ['non-discrimination'],
  sdgTargets: ['10.3', '16.b'],
  affectedGroups: ['children'],
  ...overrides,
});
