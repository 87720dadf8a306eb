import { PLAN, startApi, type ApiHarness } from './support/api-harness';
import { startEventStoreDbDouble, type EventStoreDbDouble } from './support/eventstoredb-double';
import { walkWholeLifecycle } from './support/lifecycle-walk';

describe('recommendation lifecycle over HTTP with EVENT_STORE=eventstoredb (gRPC test double)', () => {
  let double: EventStoreDbDouble;
  let api: ApiHarness;
  beforeAll(async () => {
    double = await startEventStoreDbDouble();
    api = await startApi({
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: double.connectionString,
    });
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(async () => {
    await api.close();
    await double.stop();
  });

  it('reports the EventStoreDB store as reachable', async () => {
    const health = await api.as('auditor').get('/health').expect(200);
    expect(health.body.store).toMatchObject({ kind: 'eventstoredb', reachable: true });
  });

  it('walks a recommendation from proposal to implemented and archived, the events landing in EventStoreDB', async () => {
    await walkWholeLifecycle(api);
    const stored = await double.store.readAll({
      maxCount: 100,
      filter: { streamNamePrefixes: ['recommendation-'] },
    });
    expect(stored.map((event) => event.type)).toContain('RecommendationArchived');
  });
});
