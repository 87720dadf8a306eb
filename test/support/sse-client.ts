import { request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

export interface SseEvent {
  id: string;
  event: string;
  data: unknown;
}

/** Reads server-sent events until `enough` says stop, then hangs up, as a reporting job would. */
export function readSse(
  server: Server,
  path: string,
  headers: Record<string, string>,
  enough: (events: SseEvent[]) => boolean,
  timeoutMs = 10_000,
): Promise<SseEvent[]> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const events: SseEvent[] = [];
    let buffer = '';
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`SSE: only ${events.length} events before the timeout`));
    }, timeoutMs);
    const req = request(
      { host: '127.0.0.1', port, path, headers: { Accept: 'text/event-stream', ...headers } },
      (response: IncomingMessage) => {
        if (response.statusCode !== 200) reject(new Error(`SSE answered ${response.statusCode}`));
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const fields = Object.fromEntries(
              block
                .split('\n')
                .filter((line) => !line.startsWith(':'))
                .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
            );
            if (fields.data !== undefined)
              events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
          }
          if (enough(events)) {
            clearTimeout(timer);
            req.destroy();
            resolve(events);
          }
        });
      },
    );
    req.on('error', (error) => {
      if (!req.destroyed || events.length === 0) reject(error);
    });
    req.end();
  });
}
