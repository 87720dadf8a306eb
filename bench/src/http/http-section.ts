import { join } from 'node:path';
import { addUser } from '@app/users';
import type { BenchOptions } from '../options';
import type { Row } from '../report';
import { inTempDir } from '../temp-dir';
import { startApiProcess, type ApiStart } from './api-process';
import { load, type LoadFigures } from './load';
import { proposalBody } from './proposal-body';

export interface HttpReference {
  name: string;
  eventsPerSecond: number;
}

/** Part 3: autocannon against the API on the embedded store at FULL; propose, then record-position. */
export async function httpSection(
  options: BenchOptions,
  reference: HttpReference,
  profileFile: string | undefined,
  log: (line: string) => void,
): Promise<Row[]> {
  const rows = await commandsAtFull(options, reference, profileFile, log);
  // The same proposals with no fsync at all: what the request path costs in CPU alone.
  rows.push(
    await proposeOnFreshServer(
      { tag: 'normal', name: 'propose, 64 connections, NORMAL', start: { synchronous: 'NORMAL' } },
      options,
      reference,
      log,
    ),
  );
  // The same proposals against the framework alone: the ceiling any handler behind it could reach here.
  rows.push(
    await proposeOnFreshServer(
      {
        tag: 'floor',
        name: 'framework floor: NestJS + Fastify + ValidationPipe, no store, 64 connections',
        start: { synchronous: 'FULL', entry: 'floor-entry.js' },
      },
      options,
      reference,
      log,
    ),
  );
  return rows;
}

async function commandsAtFull(
  options: BenchOptions,
  reference: HttpReference,
  profileFile: string | undefined,
  log: (line: string) => void,
): Promise<Row[]> {
  return inTempDir('http', async (dataDir) => {
    const usersFile = join(dataDir, 'users.json');
    const secretariat = await addUser(usersFile, {
      id: 'bench-secretariat',
      name: 'Bench',
      roles: ['secretariat'],
    });
    const reviewer = await addUser(usersFile, { id: 'bench-reviewer', name: 'Bench', roles: ['reviewer'] });
    const api = await startApiProcess({ dataDir, synchronous: 'FULL', profileFile });
    const rows: Row[] = [];
    const row = (name: string, figures: LoadFigures) => loadRow(name, figures, reference);
    try {
      const proposed: string[] = [];
      let runs = 0;
      const propose = (connections: number, seconds: number, run = ++runs) =>
        load({
          url: api.url,
          token: secretariat,
          connections,
          seconds,
          path: () => '/recommendations',
          body: (n) => proposalBody(`${run}-${n}`),
          onResponse: (status, body) =>
            status === 201 && proposed.push((JSON.parse(body) as { id: string }).id),
        });
      // JIT and connection pools warm up before anything is counted.
      await propose(options.httpConnections[0], options.quick ? 1 : 3);
      for (const connections of options.httpConnections) {
        const figures = await propose(connections, options.httpSeconds);
        log(`propose @${connections}: ${Math.round(figures.requestsPerSecond)} req/s, p99 ${figures.p99} ms`);
        rows.push(row(`propose, ${connections} connections, FULL`, figures));
      }

      // record-position needs recommendations under review: the proposals just made, scheduled over HTTP.
      // Enough for a run of about httpSeconds at the rates seen here, without scheduling every proposal made.
      const perRun = Math.min(
        Math.floor(proposed.length / options.httpConnections.length),
        options.quick ? 1500 : 7500,
      );
      const scheduled = await load({
        url: api.url,
        token: secretariat,
        connections: 64,
        amount: perRun * options.httpConnections.length,
        path: (n) => `/recommendations/${proposed[n]}/schedule-review`,
        body: () => ({ reviewDueDate: '2021-06-30' }),
      });
      log(`schedule-review: ${Math.round(scheduled.requestsPerSecond)} req/s`);
      rows.push(row('schedule-review, 64 connections, FULL', scheduled));

      let offset = 0;
      for (const connections of options.httpConnections) {
        const first = offset;
        offset += perRun;
        const figures = await load({
          url: api.url,
          token: reviewer,
          connections,
          amount: perRun,
          path: (n) => `/recommendations/${proposed[first + n]}/record-position`,
          body: () => ({ position: 'supported', rationale: 'Consistent with the national plan.' }),
        });
        log(
          `record-position @${connections}: ${Math.round(figures.requestsPerSecond)} req/s, p99 ${figures.p99} ms`,
        );
        rows.push(row(`record-position, ${connections} connections, FULL`, figures));
      }
    } finally {
      await api.stop();
    }
    return rows;
  });
}

/** One fresh server, warmed up, then proposals at 64 connections for httpSeconds: the row `name`. */
async function proposeOnFreshServer(
  run: { tag: string; name: string; start: Omit<ApiStart, 'dataDir'> },
  options: BenchOptions,
  reference: HttpReference,
  log: (line: string) => void,
): Promise<Row> {
  return inTempDir(`http-${run.tag}`, async (dataDir) => {
    const token = await addUser(join(dataDir, 'users.json'), {
      id: 'bench',
      name: 'Bench',
      roles: ['secretariat'],
    });
    const api = await startApiProcess({ dataDir, ...run.start });
    try {
      const propose = (seconds: number, phase: string) =>
        load({
          url: api.url,
          token,
          connections: 64,
          seconds,
          path: () => '/recommendations',
          body: (n) => proposalBody(`${run.tag}-${phase}-${n}`),
        });
      await propose(options.quick ? 1 : 3, 'warm');
      const figures = await propose(options.httpSeconds, 'measured');
      log(`${run.name}: ${Math.round(figures.requestsPerSecond)} req/s, p99 ${figures.p99} ms`);
      return loadRow(run.name, figures, reference);
    } finally {
      await api.stop();
    }
  });
}

/** A row of HTTP figures; its ratio is to the bare FULL transaction, the goal. */
function loadRow(name: string, figures: LoadFigures, reference: HttpReference): Row {
  return {
    section: 'http',
    name,
    value: figures.requestsPerSecond,
    unit: 'req/s',
    ratio: { to: reference.name, value: figures.requestsPerSecond / reference.eventsPerSecond },
    extra: {
      p50: `${figures.p50} ms`,
      p99: `${figures.p99} ms`,
      errors: figures.errors,
      requests: figures.requests,
    },
  };
}
