import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '@app/config';
import { addUser } from '@app/users';
import { createReadyApp } from '../apps/api/src/app.factory';

describe('GET /health', () => {
  let app: INestApplication;
  let dataDir: string;
  let auditor: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'api-health-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    auditor = await addUser(config.usersFile, { id: 'auditor-user', name: 'Auditor', roles: ['auditor'] });
    app = await createReadyApp({ config });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 200 with the status alone to anyone', async () => {
    await request(app.getHttpServer()).get('/health').expect(200, { status: 'ok' });
  });

  it('shows an auditor the embedded store, its position and each projection', async () => {
    const response = await request(app.getHttpServer())
      .get('/health')
      .set('Authorization', `Bearer ${auditor}`)
      .expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      store: { kind: 'sqlite', reachable: true, position: '0' },
      projections: [
        expect.objectContaining({ name: 'recommendations', parked: 0 }),
        expect.objectContaining({ name: 'feed', parked: 0 }),
        expect.objectContaining({ name: 'progress-reports', parked: 0 }),
        expect.objectContaining({ name: 'actions', parked: 0 }),
        expect.objectContaining({ name: 'public', parked: 0 }),
      ],
    });
  });
});
