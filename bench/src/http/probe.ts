import { percentile } from '../measure';

export interface ProbeFigures {
  p50: number;
  p99: number;
  max: number;
  count: number;
  errors: number;
}

export interface Probe {
  url: string;
  token: string;
  method?: 'GET' | 'POST';
  path: (n: number) => string;
  body?: (n: number) => object;
  /** Requests, one after another (latency, not throughput). */
  count: number;
}

/** Latency of single requests sent one at a time over keep-alive; a non-2xx answer counts as an error. */
export async function probe(run: Probe): Promise<ProbeFigures> {
  const taken: number[] = [];
  let errors = 0;
  for (let n = 0; n < run.count; n++) {
    const started = performance.now();
    const response = await fetch(`${run.url}${run.path(n)}`, {
      method: run.method ?? 'GET',
      headers: { authorization: `Bearer ${run.token}`, 'content-type': 'application/json' },
      body: run.body ? JSON.stringify(run.body(n)) : undefined,
      signal: AbortSignal.timeout(120_000),
    });
    await response.arrayBuffer();
    taken.push(performance.now() - started);
    if (!response.ok) errors++;
  }
  return {
    p50: percentile(taken, 50),
    p99: percentile(taken, 99),
    max: Math.max(...taken),
    count: run.count,
    errors,
  };
}

/** A latency figure as a table row's extra details. */
export const latencyDetails = (figures: ProbeFigures): Record<string, string | number> => ({
  p99: `${figures.p99.toFixed(1)} ms`,
  max: `${figures.max.toFixed(1)} ms`,
  requests: figures.count,
  errors: figures.errors,
});
