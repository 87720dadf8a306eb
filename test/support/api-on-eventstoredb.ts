import { PLAN, startApi, type ApiHarness } from './api-harness';
import { startEventStoreDbDouble, type EventStoreDbDouble } from './eventstoredb-double';

export interface ApiOnEventStoreDb {
  api: ApiHarness;
  double: EventStoreDbDouble;
  close(): Promise<void>;
}

/** The API with EVENT_STORE=eventstoredb against the gRPC test double, with the plan the walks use. */
export async function startApiOnEventStoreDb(): Promise<ApiOnEventStoreDb> {
  const double = await startEventStoreDbDouble();
  const api = await startApi({
    EVENT_STORE: 'eventstoredb',
    EVENTSTORE_CONNECTION_STRING: double.connectionString,
  });
  await api.as('secretariat').post('/plans', PLAN).expect(201);
  return {
    api,
    double,
    close: async () => {
      await api.close();
      await double.stop();
    },
  };
}
