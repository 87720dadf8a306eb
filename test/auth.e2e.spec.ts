import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@app/config';
import { addUser, ensureUsersFile } from '@app/users';
import { createReadyApp } from '../apps/api/src/app.factory';

process.env.NODE_ENV = 'test';

/** The server re-reads the users file about once a second, so a new user is let in within a few seconds. */
async function eventually(call: () => request.Test, status: number): Promise<request.Response> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const response = await call();
    if (response.status === status || Date.now() > deadline) return response;
    await sleep(100);
  }
}

describe('authentication over HTTP', () => {
  let app: INestApplication;
  let config: AppConfig;
  let dataDir: string;
  let adminToken: string;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'api-auth-'));
    // The tests poll with tokens the server has not loaded yet: each poll is a failed sign-in, not a guess.
    config = loadConfig({ DATA_DIR: dataDir, AUTH_FAILURES_PER_ADDRESS: '0', AUTH_FAILURES_PER_TOKEN: '0' });
    const created = await ensureUsersFile(config.usersFile);
    if (!created.created) throw new Error('expected a fresh users file');
    adminToken = created.token;
    app = await createReadyApp({ config });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets anyone check /health without a token', async () => {
    await http().get('/health').expect(200);
  });

  it('serves the API docs without a token, and documents the bearer scheme', async () => {
    await http().get('/docs').expect(200);
    const spec = await http().get('/docs-json').expect(200);
    expect(spec.body.components.securitySchemes).toHaveProperty('bearer');
    expect(spec.body.paths).toHaveProperty('/whoami');
  });

  it('answers 401 UNAUTHENTICATED to a protected route called without a token', async () => {
    const response = await http().get('/whoami').expect(401);
    expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED', detail: expect.stringMatching(/Bearer/) });
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.each([
    ['an unknown token', 'Bearer not-a-real-token'],
    ['an empty token', 'Bearer '],
    ['another scheme', `Basic ${Buffer.from('admin:secret').toString('base64')}`],
  ])('answers 401 UNAUTHENTICATED to %s', async (_label, authorization) => {
    const response = await http().get('/whoami').set('Authorization', authorization).expect(401);
    expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lets the first admin in with the token printed at first start', async () => {
    const response = await http().get('/whoami').set('Authorization', `Bearer ${adminToken}`).expect(200);
    expect(response.body).toEqual({ id: 'admin', roles: ['admin'], institution: null });
  });

  it('answers 403 FORBIDDEN as problem+json to a role that may not run a command, and appends nothing', async () => {
    const token = await addUser(config.usersFile, { id: 'rex', name: 'Rex', roles: ['reporter'] });
    await eventually(() => http().get('/whoami').set('Authorization', `Bearer ${token}`), 200);
    const plan = { id: 'NHRAP-2021-2025', title: 'Plan', periodStart: '2021-01-01', periodEnd: '2025-12-31' };
    const response = await http()
      .post('/plans')
      .set('Authorization', `Bearer ${token}`)
      .send(plan)
      .expect(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      detail: expect.stringMatching(/secretariat/),
    });
    const auditor = await addUser(config.usersFile, { id: 'ada', name: 'Ada', roles: ['auditor'] });
    await eventually(() => http().get('/whoami').set('Authorization', `Bearer ${auditor}`), 200);
    const health = await http().get('/health').set('Authorization', `Bearer ${auditor}`).expect(200);
    expect(health.body.store.position).toBe('0');
  });

  it('lets in a user added while the server runs, without a restart', async () => {
    const token = await addUser(config.usersFile, { id: 'amina', name: 'Amina K.', roles: ['secretariat'] });
    const response = await eventually(
      () => http().get('/whoami').set('Authorization', `Bearer ${token}`),
      200,
    );
    expect(response.body).toEqual({ id: 'amina', roles: ['secretariat'], institution: null });
  });
});
