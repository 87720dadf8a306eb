import { PLAN, startApi, type ApiHarness } from './support/api-harness';
import { startEventStoreDbDouble, type EventStoreDbDouble } from './support/eventstoredb-double';
import { describeIdempotencyKeyRules } from './support/idempotency-scenarios';

describe('Idempotency-Key over HTTP with EVENT_STORE=eventstoredb (gRPC test double)', () => {
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

  describeIdempotencyKeyRules(() => api);
});
