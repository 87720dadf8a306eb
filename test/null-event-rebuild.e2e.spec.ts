import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { chainEvents, lastHash, type JsonObject } from '@app/event-store';
import { recommendationStream } from '@app/recommendations';
import { startApi, type ApiHarness } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

/** Appends an amendment straight to the store, as an API that let `null` through wrote it. */
async function appendRawAmendment(api: ApiHarness, id: string, data: JsonObject): Promise<void> {
  const recorded = await api.streamOf(id);
  const [event] = chainEvents(lastHash(recorded), [
    {
      id: randomUUID(),
      type: 'RecommendationAmended',
      data,
      metadata: {
        actor: { id: 'secretariat-user', role: 'secretariat' },
        occurredAt: '2021-02-01T09:30:00.000Z',
      },
    },
  ]);
  await api.store.append(recommendationStream(id), [event], {
    expectedRevision: recorded[recorded.length - 1].revision,
  });
}

describe('a log that holds an amendment with nulls', () => {
  let api: ApiHarness;
  let id: string;
  let source: object;
  beforeAll(async () => {
    api = await startApi();
    const proposed = await proposeOne(api);
    id = proposed.id;
    source = (await api.as('reporter').get(`/recommendations/${id}?consistentWith=${proposed.position}`)).body
      .source;
    await appendRawAmendment(api, id, { source: null, text: null, meetingRef: null, themes: ['health'] });
  });
  afterAll(() => api.close());

  it('reads as "not amended" for the nulls, and the later amendments apply', async () => {
    const position = await runCommand(api, 'secretariat', `/recommendations/${id}/amend`, { language: 'ru' });
    const { body } = await api
      .as('reporter')
      .get(`/recommendations/${id}?consistentWith=${position}`)
      .expect(200);
    expect(body).toMatchObject({ source, themes: ['health'], language: 'ru', revision: 2 });
    expect(body.text).toEqual(expect.stringMatching(/anti-discrimination/));
    const state = await api.as('auditor').get(`/recommendations/${id}/state`).expect(200);
    expect(state.body.state).toMatchObject({ source, themes: ['health'], language: 'ru' });
  });

  it('rebuilds over it with nothing parked, and the rebuilt read model shows the recommendation', async () => {
    await api.as('admin').post('/projections/recommendations/rebuild').expect(202);
    let projections = await api.as('auditor').get('/projections').expect(200);
    for (let i = 0; i < 100 && projections.body[0].state === 'rebuilding'; i++) {
      await sleep(50);
      projections = await api.as('auditor').get('/projections').expect(200);
    }
    expect(projections.body[0]).toMatchObject({ name: 'recommendations', state: 'running', parked: 0 });
    const { body } = await api.as('reporter').get(`/recommendations/${id}`).expect(200);
    expect(body).toMatchObject({ source, themes: ['health'], language: 'ru' });
    await api.http().get('/health').expect(200, { status: 'ok' });
  });
});
