import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** Cuts every open connection, as a network failure would; returns how many there were. */
  dropConnections(): number;
  close(): Promise<void>;
}

/** A loopback TCP relay in front of the gRPC server, so a test can cut connections without stopping the server. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    for (const socket of pair) {
      // Without it, small gRPC frames wait on Nagle's algorithm and every call pays ~40 ms.
      socket.setNoDelay(true);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The proxy has no TCP address');
  const dropConnections = (): number => {
    const count = pairs.size;
    for (const [client, upstream] of [...pairs]) {
      client.destroy();
      upstream.destroy();
    }
    return count;
  };
  return {
    port: address.port,
    dropConnections,
    close: () => {
      dropConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
