import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '@app/config';
import { EVENT_STORE, ZERO_HASH, chainEvents, type EventStore } from '@app/event-store';
import { UpcasterRegistry, recommendationStream, type Upcaster } from '@app/recommendations';
import { addUser } from '@app/users';
import { createReadyApp } from '../apps/api/src/app.factory';

process.env.NODE_ENV = 'test';

/**
 * A made-up past, registered for this test only: version 1 of RecommendationProposed named its source entity in
 * `sourceEntity` and kept themes in one string; version 2 made `source` an object; version 3 split the themes.
 */
const TEST_UPCASTERS: Upcaster[] = [
  {
    eventType: 'RecommendationProposed',
    fromVersion: 1,
    upcast: ({ sourceEntity, ...rest }) => ({ ...rest, source: { kind: 'un_agency', entity: sourceEntity } }),
  },
  {
    eventType: 'RecommendationProposed',
    fromVersion: 2,
    upcast: ({ themes, ...rest }) => ({
      ...rest,
      language: 'en',
      themes: String(themes)
        .split(';')
        .map((theme) => theme.trim()),
      sdgTargets: [],
      affectedGroups: [],
    }),
  },
];

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
    app = await createReadyApp({ config, upcasters: new UpcasterRegistry(TEST_UPCASTERS) });
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
    await app
      .get<EventStore>(EVENT_STORE)
      .append(recommendationStream(id), [stored], { expectedRevision: 'no_stream' });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('folds the state from the newest shape, through every upcaster in turn', async () => {
    const { body } = await as('auditor').get(`/recommendations/${id}/state`).expect(200);
    expect(body.state).toEqual({
      status: 'proposed',
      id,
      reference: 'UNESCO-2015-3',
      text: 'Guarantee free pre-primary education.',
      language: 'en',
      source: { kind: 'un_agency', entity: 'UNESCO' },
      themes: ['education', 'children'],
      sdgTargets: [],
      affectedGroups: [],
    });
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
      .post(`/recommendations/${id}/amend`, {
        themes: ['education', 'children'],
        source: { kind: 'un_agency', entity: 'UNESCO' },
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
