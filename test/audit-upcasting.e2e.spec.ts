import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '@app/config';
import { EVENT_STORE, ZERO_HASH, chainEvents, type EventStore } from '@app/event-store';
import { READ_MODEL_PROJECTIONS, recommendationStream } from '@app/recommendations';
import { addUser } from '@app/users';
import { createReadyApp } from '../apps/api/src/app.factory';

process.env.NODE_ENV = 'test';

const VERSION_1_PAYLOAD = {
  recommendationId: '',
  reference: 'UNESCO-2015-3',
  text: 'Guarantee free pre-primary education.',
  sourceEntity: 'UNESCO',
  themes: 'education; children',
};

describe('reading events stored in an older payload version', () => {
  let app: INestApplication;
  let dataDir: string;
  const id = randomUUID();
  let storedAt: bigint;
  const tokens: Record<string, string> = {};
  const as = (role: string) => ({
    get: (path: string) =>
      request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[role]}`),
    post: (path: string, body: object) =>
      request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[role]}`).send(body),
  });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'api-upcasting-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    for (const role of ['auditor', 'secretariat'] as const) {
      tokens[role] = await addUser(config.usersFile, { id: `${role}-user`, name: role, roles: [role] });
    }
    // By module path, so the projection thread reads through the same upcasters as commands and history.
    app = await createReadyApp({ config, upcastersModule: require.resolve('./support/test-upcasters') });
    // Written straight to the store, as a 2015 deployment would have written it.
    const [stored] = chainEvents(ZERO_HASH, [
      {
        id: randomUUID(),
        type: 'RecommendationProposed',
        data: { ...VERSION_1_PAYLOAD, recommendationId: id },
        metadata: {
          actor: { id: 'secretariat-user', role: 'secretariat' },
          occurredAt: '2015-06-01T10:00:00.000Z',
          correlationId: 'import-2015',
          causationId: 'import-2015',
          commandId: 'import-2015',
          schemaVersion: 1,
        },
      },
    ]);
    const appended = await app
      .get<EventStore>(EVENT_STORE)
      .append(recommendationStream(id), [stored], { expectedRevision: 'no_stream' });
    storedAt = appended.position;
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('folds the state from the newest shape, through the upcasters', async () => {
    const { body } = await as('auditor').get(`/recommendations/${id}/state`).expect(200);
    expect(body.state).toEqual({
      status: 'proposed',
      id,
      reference: 'UNESCO-2015-3',
      text: 'Guarantee free pre-primary education.',
      language: 'en',
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNESCO' }] },
      themes: ['education', 'children'],
      sdgTargets: [],
      affectedGroups: [],
    });
  });

  it('shows the read model in the newest shape too, with nothing parked', async () => {
    const { body } = await as('auditor').get(`/recommendations/${id}?consistentWith=${storedAt}`).expect(200);
    expect(body).toMatchObject({
      id,
      reference: 'UNESCO-2015-3',
      language: 'en',
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNESCO' }] },
      themes: ['education', 'children'],
      sdgTargets: [],
    });
    const projections = await as('auditor').get('/projections').expect(200);
    const parked = projections.body.map((p: { name: string; parked: number }) => [p.name, p.parked]);
    expect(parked).toEqual(READ_MODEL_PROJECTIONS.map((projection) => [projection.name, 0]));
  });

  it('shows history in the stored form, which is what was hashed and still verifies', async () => {
    const { body } = await as('auditor').get(`/recommendations/${id}/history`).expect(200);
    expect(body.events[0]).toMatchObject({
      data: { ...VERSION_1_PAYLOAD, recommendationId: id },
      metadata: { schemaVersion: 1 },
    });
    await as('auditor')
      .get(`/audit/verify?stream=${recommendationStream(id)}`)
      .expect(200, /"ok":true/);
  });

  it('lets commands decide on the newest shape too, without rewriting the stored event', async () => {
    const unchanged = await as('secretariat')
      // The stored free-text theme "children" is no controlled id: sending it would map it to one, a change.
      .post(`/recommendations/${id}/amend`, {
        source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNESCO' }] },
      })
      .expect(200);
    expect(unchanged.body.revision).toBe(0);
    const amended = await as('secretariat')
      .post(`/recommendations/${id}/amend`, { themes: ['education'] })
      .expect(200);
    expect(amended.body.revision).toBe(1);
    const { body } = await as('auditor').get(`/recommendations/${id}/history`).expect(200);
    expect(body.events.map((e: { data: object }) => e.data)).toEqual([
      { ...VERSION_1_PAYLOAD, recommendationId: id },
      { themes: ['education'] },
    ]);
    await as('auditor')
      .get('/audit/verify')
      .expect(200, /"ok":true/);
  });
});
