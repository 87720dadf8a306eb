import { loadAutocannon } from '../bench-modules';

export interface LoadRun {
  url: string;
  token: string;
  connections: number;
  /** A bounded run: by time, or by a fixed number of requests (each request times out after 10 s). */
  seconds?: number;
  amount?: number;
  path: (n: number) => string;
  body: (n: number) => object;
  onResponse?: (status: number, body: string) => void;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  seconds: number;
}

/** One autocannon run against the API: POSTs built per request, a timeout on each, and nothing left running. */
export async function load(run: LoadRun): Promise<LoadFigures> {
  const autocannon = loadAutocannon();
  let n = 0;
  const result = await autocannon({
    url: run.url,
    connections: run.connections,
    ...(run.amount === undefined ? { duration: run.seconds } : { amount: run.amount }),
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/',
        headers: { authorization: `Bearer ${run.token}`, 'content-type': 'application/json' },
        setupRequest: (request) => {
          const i = n++;
          return { ...request, path: run.path(i), body: JSON.stringify(run.body(i)) };
        },
        onResponse: run.onResponse,
      },
    ],
  });
  const answered = Object.values(result.statusCodeStats).reduce((sum, { count }) => sum + Number(count), 0);
  return {
    requestsPerSecond: answered / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    requests: answered,
    seconds: result.duration,
  };
}
