import { plainToInstance } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { resolve } from 'node:path';

export const EVENT_STORE_KINDS = ['sqlite', 'eventstoredb'] as const;
export type EventStoreKind = (typeof EVENT_STORE_KINDS)[number];
/** `inline`: the API process runs the projections, on a thread of their own; `off`: a separate `cli projections run` does. */
export const PROJECTION_MODES = ['inline', 'off'] as const;
export type ProjectionMode = (typeof PROJECTION_MODES)[number];

/** The environment, as validated once at start (README, Configuration). */
class Environment {
  @IsOptional() @IsInt() @Min(0) @Max(65535) PORT = 3000;
  @IsOptional() @IsString() @IsNotEmpty() HOST = '127.0.0.1';
  @IsOptional() @IsString() @IsNotEmpty() DATA_DIR = './data';
  @IsOptional() @IsIn(EVENT_STORE_KINDS) EVENT_STORE: EventStoreKind = 'sqlite';
  @ValidateIf((env: Environment) => env.EVENT_STORE === 'eventstoredb')
  @IsString()
  @Matches(/^esdb(\+discover)?:\/\//, {
    message: 'EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover://',
  })
  EVENTSTORE_CONNECTION_STRING?: string;
  @IsOptional() @IsString() @IsNotEmpty() USERS_FILE?: string;
  @IsOptional() @IsIn(['FULL', 'NORMAL']) SQLITE_SYNCHRONOUS: 'FULL' | 'NORMAL' = 'FULL';
  @IsOptional() @IsIn(PROJECTION_MODES) PROJECTIONS: ProjectionMode = 'inline';
  @IsOptional() @IsInt() @Min(1) @Max(10_000) PROJECTION_BATCH_SIZE = 500;
  @IsOptional() @IsInt() @Min(1) @Max(86_400) HEALTH_MAX_LAG_SECONDS = 60;
  @IsOptional() @IsString() @IsNotEmpty() IMPORT_RESPONSE_MAP_FILE?: string;
  // 100 a second per token: a bulk load (300 recommendations, 4 calls each, in a minute) is far below it.
  @IsOptional() @IsInt() @Min(0) RATE_LIMIT_MAX = 6000;
  @IsOptional() @IsInt() @Min(1) @Max(86_400) RATE_LIMIT_WINDOW_SECONDS = 60;
  @IsOptional() @IsInt() @Min(0) AUTH_FAILURES_PER_ADDRESS = 20;
  @IsOptional() @IsInt() @Min(0) AUTH_FAILURES_PER_TOKEN = 5;
  @IsOptional() @IsInt() @Min(1) @Max(86_400) AUTH_FAILURE_WINDOW_SECONDS = 60;
  @IsOptional() @IsIn(['true', 'false']) TRUST_PROXY: 'true' | 'false' = 'false';
  @IsOptional() @IsInt() @Min(1) @Max(1440) SESSION_IDLE_MINUTES = 30;
  @IsOptional() @IsInt() @Min(1) @Max(168) SESSION_MAX_HOURS = 12;
  @IsOptional() @IsString() @IsNotEmpty() PUBLIC_DATA_LICENCE = 'CC BY 4.0';
}

const RATE_LIMIT_VARIABLES = [
  'RATE_LIMIT_MAX',
  'RATE_LIMIT_WINDOW_SECONDS',
  'AUTH_FAILURES_PER_ADDRESS',
  'AUTH_FAILURES_PER_TOKEN',
  'AUTH_FAILURE_WINDOW_SECONDS',
] as const;

const SESSION_VARIABLES = ['SESSION_IDLE_MINUTES', 'SESSION_MAX_HOURS'] as const;

/** Requests per window per token (or per address without one), and failed sign-ins allowed per window; 0 turns a limit off. */
export interface RateLimits {
  max: number;
  windowSeconds: number;
  authFailuresPerAddress: number;
  authFailuresPerToken: number;
  authFailureWindowSeconds: number;
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  eventStore: EventStoreKind;
  eventStoreConnectionString?: string;
  usersFile: string;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  projections: ProjectionMode;
  projectionBatchSize: number;
  /** Beyond this lag of any projection, /health answers 503 degraded. */
  healthMaxLagSeconds: number;
  /** A JSON file of source responses and the positions they stand for, over the built-in map (docs/imports.md). */
  importResponseMapFile?: string;
  rateLimits: RateLimits;
  sessions: SessionLimits;
  /** Behind a reverse proxy: take the client's address and scheme (https, for Secure cookies) from X-Forwarded-*. */
  trustProxy: boolean;
  /** The licence the public portal's open data is offered under (docs/public-portal.md). */
  publicDataLicence: string;
}

/** How long a workspace session lasts without a request, and at most from sign-in. */
export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
}

/** A configuration value the process cannot start with; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Digits only: anything else (a sign, a decimal point, a word) is NaN, which the validation names. */
const wholeNumber = (text: string | undefined, fallback: number): number =>
  typeof text !== 'string' ? fallback : /^\d+$/.test(text) ? Number(text) : NaN;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = plainToInstance(Environment, present, { enableImplicitConversion: false });
  if (typeof present.PORT === 'string') parsed.PORT = /^\d+$/.test(present.PORT) ? Number(present.PORT) : NaN;
  parsed.PROJECTION_BATCH_SIZE = wholeNumber(present.PROJECTION_BATCH_SIZE, parsed.PROJECTION_BATCH_SIZE);
  parsed.HEALTH_MAX_LAG_SECONDS = wholeNumber(present.HEALTH_MAX_LAG_SECONDS, parsed.HEALTH_MAX_LAG_SECONDS);
  for (const name of [...RATE_LIMIT_VARIABLES, ...SESSION_VARIABLES]) {
    parsed[name] = wholeNumber(present[name], parsed[name]);
  }
  const errors = validateSync(parsed);
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map(
        (e) =>
          `${e.property}=${JSON.stringify(env[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
      ),
    );
  }
  const dataDir = resolve(parsed.DATA_DIR);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir,
    eventStore: parsed.EVENT_STORE,
    eventStoreConnectionString: parsed.EVENTSTORE_CONNECTION_STRING,
    usersFile: resolve(parsed.USERS_FILE ?? `${dataDir}/users.json`),
    sqliteSynchronous: parsed.SQLITE_SYNCHRONOUS,
    projections: parsed.PROJECTIONS,
    projectionBatchSize: parsed.PROJECTION_BATCH_SIZE,
    healthMaxLagSeconds: parsed.HEALTH_MAX_LAG_SECONDS,
    importResponseMapFile:
      parsed.IMPORT_RESPONSE_MAP_FILE === undefined ? undefined : resolve(parsed.IMPORT_RESPONSE_MAP_FILE),
    rateLimits: {
      max: parsed.RATE_LIMIT_MAX,
      windowSeconds: parsed.RATE_LIMIT_WINDOW_SECONDS,
      authFailuresPerAddress: parsed.AUTH_FAILURES_PER_ADDRESS,
      authFailuresPerToken: parsed.AUTH_FAILURES_PER_TOKEN,
      authFailureWindowSeconds: parsed.AUTH_FAILURE_WINDOW_SECONDS,
    },
    sessions: { idleMinutes: parsed.SESSION_IDLE_MINUTES, maxHours: parsed.SESSION_MAX_HOURS },
    trustProxy: parsed.TRUST_PROXY === 'true',
    publicDataLicence: parsed.PUBLIC_DATA_LICENCE,
  };
}

/** Injection tokens for the validated configuration and the clock (time is injected, never read inline). */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const CLOCK = Symbol('CLOCK');
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** The store selection the configuration names, in the shape `createEventStore` takes. */
export function storeSelection(config: AppConfig) {
  return {
    kind: config.eventStore,
    dataDir: config.dataDir,
    synchronous: config.sqliteSynchronous,
    connectionString: config.eventStoreConnectionString,
  };
}
