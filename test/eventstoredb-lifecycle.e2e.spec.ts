import type { ApiHarness } from './support/api-harness';
import { startApiOnEventStoreDb, type ApiOnEventStoreDb } from './support/api-on-eventstoredb';
import { walkWholeLifecycle } from './support/lifecycle-walk';

describe('recommendation lifecycle over HTTP with EVENT_STORE=eventstoredb (gRPC test double)', () => {
  let running: ApiOnEventStoreDb;
  let api: ApiHarness;
  beforeAll(async () => {
    running = await startApiOnEventStoreDb();
    api = running.api;
    // gRPC start-up and the first plan take seconds on a loaded machine.
  }, 30_000);
  afterAll(() => running.close());

  it('reports the EventStoreDB store as reachable', async () => {
    const health = await api.as('auditor').get('/health').expect(200);
    expect(health.body.store).toMatchObject({ kind: 'eventstoredb', reachable: true });
  });

  it('walks a recommendation from proposal to implemented and archived, the events landing in EventStoreDB', async () => {
    await walkWholeLifecycle(api);
    const stored = await running.double.store.readAll({
      maxCount: 100,
      filter: { streamNamePrefixes: ['recommendation-'] },
    });
    expect(stored.map((event) => event.type)).toContain('RecommendationArchived');
  });
});
