import type { ApiHarness } from './support/api-harness';
import { startApiOnEventStoreDb, type ApiOnEventStoreDb } from './support/api-on-eventstoredb';
import { describeIdempotencyKeyRules } from './support/idempotency-scenarios';

describe('Idempotency-Key over HTTP with EVENT_STORE=eventstoredb (gRPC test double)', () => {
  let running: ApiOnEventStoreDb;
  let api: ApiHarness;
  beforeAll(async () => {
    running = await startApiOnEventStoreDb();
    api = running.api;
    // gRPC start-up and the first plan take seconds on a loaded machine.
  }, 30_000);
  afterAll(() => running.close());

  describeIdempotencyKeyRules(() => api);
});
