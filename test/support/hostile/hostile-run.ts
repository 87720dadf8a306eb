import { leakIn, statusProblem } from './answer-checks';
import { nextHostileRequest } from './hostile-requests';
import type { HostileRequest, Targets } from './hostile-targets';
import { SeededRandom } from './seeded-random';

export interface HostileRunOptions {
  baseUrl: string;
  targets: Targets;
  requests: number;
  seed: number;
  concurrency?: number;
  /** A request not answered by then is a failure: the server was blocked or hung. */
  timeoutMs?: number;
}

export interface Failure {
  label: string;
  method: string;
  path: string;
  problem: string;
  excerpt: string;
}

export interface HostileRunReport {
  seed: number;
  requests: number;
  byStatus: Record<string, number>;
  failures: Failure[];
  slowestMs: number;
}

const EXCERPT = 300;

/** Header values go on the wire as UTF-8 bytes, as a careless client would send them; HTTP has no control characters. */
const asByteStrings = (headers: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      Buffer.from(
        [...value].map((char) => (char < ' ' || char === '\u007f' ? '?' : char)).join(''),
        'utf8',
      ).toString('latin1'),
    ]),
  );

async function send(baseUrl: string, request: HostileRequest, timeoutMs: number) {
  const body =
    request.body === undefined || request.method === 'GET'
      ? undefined
      : 'raw' in request.body
        ? request.body.raw
        : JSON.stringify(request.body);
  const response = await fetch(baseUrl + request.path, {
    method: request.method,
    headers: asByteStrings(request.headers),
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, text: await response.text() };
}

/** Sends `requests` hostile requests from a fixed seed, `concurrency` at a time, and judges every answer. */
export async function runHostileRequests(options: HostileRunOptions): Promise<HostileRunReport> {
  const random = new SeededRandom(options.seed);
  const timeoutMs = options.timeoutMs ?? 5000;
  const report: HostileRunReport = {
    seed: options.seed,
    requests: 0,
    byStatus: {},
    failures: [],
    slowestMs: 0,
  };
  const fail = (request: HostileRequest, problem: string, excerpt = ''): void => {
    const { label, method, path } = request;
    report.failures.push({
      label,
      method,
      path: path.slice(0, 200),
      problem,
      excerpt: excerpt.slice(0, EXCERPT),
    });
  };
  const worker = async (): Promise<void> => {
    while (report.requests < options.requests) {
      report.requests++;
      const request = nextHostileRequest(random, options.targets);
      const started = performance.now();
      try {
        const { status, text } = await send(options.baseUrl, request, timeoutMs);
        report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
        const problem = statusProblem(status, text) ?? leakIn(text);
        if (problem) fail(request, problem, text);
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        report.byStatus[timedOut ? 'timeout' : 'no answer'] =
          (report.byStatus[timedOut ? 'timeout' : 'no answer'] ?? 0) + 1;
        fail(request, timedOut ? `unanswered after ${timeoutMs} ms` : `no answer: ${String(error)}`);
      }
      report.slowestMs = Math.max(report.slowestMs, performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return report;
}

/** One line per kind of failure with how often it happened and one example: readable in a test's output. */
export function failureSummary(report: HostileRunReport): string[] {
  const groups = new Map<string, { count: number; example: Failure }>();
  for (const failure of report.failures) {
    const key = `${failure.label} -> ${failure.problem}`;
    const group = groups.get(key) ?? { count: 0, example: failure };
    group.count++;
    groups.set(key, group);
  }
  return [...groups].map(
    ([key, { count, example }]) =>
      `${count} x ${key}: ${example.method} ${example.path.slice(0, 80)} => ${example.excerpt.slice(0, 160)}`,
  );
}
