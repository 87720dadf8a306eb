import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above this file with bench/package.json (from dist/ or from source). */
export const REPO_ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'bench', 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

// Bench-only packages live in bench/node_modules, out of reach of the root's tsc and `npm ci`.
const benchRequire = createRequire(join(REPO_ROOT, 'bench', 'package.json'));

export interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}

export interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}

export interface AutocannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface AutocannonOptions {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  timeout?: number;
  headers?: Record<string, string>;
  requests: Array<
    AutocannonRequest & {
      setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
      onResponse?: (status: number, body: string) => void;
    }
  >;
}

export type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult>;

export interface EmmettConnection {
  command(sql: string, params?: unknown[]): Promise<unknown>;
  querySingle<T>(sql: string, params?: unknown[]): Promise<T | null>;
  close(): void;
}

export interface EmmettEvent {
  type: string;
  data: object;
  metadata?: object;
}

export interface EmmettSqlite {
  getSQLiteEventStore(options: { fileName: string }): {
    appendToStream(
      stream: string,
      events: EmmettEvent[],
      options: { expectedStreamVersion: bigint },
    ): Promise<{ nextExpectedStreamVersion: bigint }>;
  };
  sqliteConnection(options: { fileName: string }): EmmettConnection;
  createEventStoreSchema(connection: EmmettConnection): Promise<void>;
  appendToStream(
    connection: EmmettConnection,
    stream: string,
    streamType: string,
    events: EmmettEvent[],
    options: { expectedStreamVersion: bigint },
  ): Promise<{ success: boolean }>;
}

export const loadAutocannon = (): Autocannon => benchRequire('autocannon') as Autocannon;

export const loadEmmettSqlite = (): EmmettSqlite =>
  benchRequire('@event-driven-io/emmett-sqlite') as EmmettSqlite;

/** The installed version of a bench-only package (some do not export their package.json). */
export const benchPackageVersion = (name: string): string => {
  const file = join(REPO_ROOT, 'bench', 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
};
