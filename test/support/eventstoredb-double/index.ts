import { SqliteEventStore } from '@app/event-store';
import { GossipService } from '@eventstore/db-client/generated/gossip_grpc_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { appendCall } from './append-call';
import { batchAppendCall } from './batch-append-call';
import { gossipCall, serverFeaturesCall } from './discovery-calls';
import { readCall } from './read-call';
import { startTcpProxy } from './tcp-proxy';

export interface EventStoreDbDoubleOptions {
  /** The server's EVENTSTORE_MAX_APPEND_SIZE; EventStoreDB's default is 1 MiB. */
  maxAppendSize?: number;
  /** Answered to ServerFeatures; the client only logs it. */
  serverVersion?: string;
  /** Leave BatchAppend out of the server features, so the client falls back to Streams.Append (servers before 21.10). */
  withoutBatchAppend?: boolean;
}

export interface EventStoreDbDouble {
  /** `esdb://127.0.0.1:<port>?tls=false`, as for a single insecure node. */
  connectionString: string;
  /** The same node found through gossip: `esdb+discover://127.0.0.1:<port>?tls=false`. */
  discoverConnectionString: string;
  /** The store behind the double: append or read here to act behind the client's back. */
  store: SqliteEventStore;
  /** Cuts every open client connection; the double keeps listening. Returns how many connections were cut. */
  dropConnections(): number;
  stop(): Promise<void>;
}

/** Starts an in-process gRPC test double of a single insecure EventStoreDB node on a free loopback port. */
export async function startEventStoreDbDouble(
  options: EventStoreDbDoubleOptions = {},
): Promise<EventStoreDbDouble> {
  const store = new SqliteEventStore({ file: ':memory:' });
  const limits = { maxAppendSize: options.maxAppendSize ?? 1024 * 1024 };
  const server = new Server({ 'grpc.max_receive_message_length': 17 * 1024 * 1024 });
  let advertised = { address: '127.0.0.1', port: 0 };
  const implemented: { path: string }[] = [
    StreamsService.read,
    StreamsService.append,
    GossipService.read,
    ServerFeaturesService.getSupportedMethods,
  ];
  if (!options.withoutBatchAppend) implemented.push(StreamsService.batchAppend);
  server.addService(StreamsService, {
    read: readCall(store),
    append: appendCall(store, limits),
    batchAppend: batchAppendCall(store, limits),
  });
  server.addService(GossipService, { read: gossipCall(() => advertised) });
  server.addService(ServerFeaturesService, {
    getSupportedMethods: serverFeaturesCall(options.serverVersion ?? '24.10.0', implemented),
  });
  const grpcPort = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, port) =>
      error ? reject(error) : resolve(port),
    ),
  );
  const proxy = await startTcpProxy(grpcPort);
  advertised = { address: '127.0.0.1', port: proxy.port };
  return {
    connectionString: `esdb://127.0.0.1:${proxy.port}?tls=false`,
    discoverConnectionString: `esdb+discover://127.0.0.1:${proxy.port}?tls=false`,
    store,
    dropConnections: () => proxy.dropConnections(),
    stop: async () => {
      await proxy.close();
      server.forceShutdown();
      await store.close();
    },
  };
}
