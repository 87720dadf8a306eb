import { EventStoreDbEventStore } from '@app/event-store';
import { describeEventStoreContract } from '@app/testing';
import { startEventStoreDbDouble } from './support/eventstoredb-double';

// The contract's 1 MiB event needs more than EventStoreDB's default 1 MiB append limit, as docker-compose.yml sets.
const MAX_APPEND_SIZE = 8 * 1024 * 1024;

const overTheDouble = (withoutBatchAppend: boolean) => async () => {
  const double = await startEventStoreDbDouble({ maxAppendSize: MAX_APPEND_SIZE, withoutBatchAppend });
  const store = new EventStoreDbEventStore({ connectionString: double.connectionString });
  return {
    store,
    dispose: async () => {
      await store.close();
      await double.stop();
    },
  };
};

// EventStoreDB appends to one stream per call: appendMany writes in order and is not atomic.
const ESDB = { atomicAppendMany: false };

describeEventStoreContract('eventstoredb (gRPC test double)', overTheDouble(false), ESDB);
// Servers before 21.10 have no BatchAppend: the client then appends with Streams.Append.
describeEventStoreContract('eventstoredb (gRPC test double, Streams.Append only)', overTheDouble(true), ESDB);

const realServer = process.env.EVENTSTORE_CONNECTION_STRING;
if (realServer) {
  // A real server does not refuse an event id reused at another revision, and keeps its data between tests.
  describeEventStoreContract(
    'eventstoredb (real server)',
    async () => {
      const store = new EventStoreDbEventStore({ connectionString: realServer });
      return { store, dispose: () => store.close() };
    },
    { refusesReusedIds: false, ...ESDB },
  );
} else {
  describe.skip('event store contract: eventstoredb (real server)', () => {
    it('real EventStoreDB: skipped, EVENTSTORE_CONNECTION_STRING is not set', () => undefined);
  });
}
