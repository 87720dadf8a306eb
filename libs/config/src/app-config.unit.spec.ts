import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs on the embedded store with no configuration at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      eventStore: 'sqlite',
      sqliteSynchronous: 'FULL',
    });
    expect(config.usersFile).toBe(`${config.dataDir}/users.json`);
  });

  it('stops with a message naming each bad variable', () => {
    const attempt = (): unknown =>
      loadConfig({ PORT: 'eighty', EVENT_STORE: 'mongo', SQLITE_SYNCHRONOUS: 'OFF' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT="eighty"/);
    expect(attempt).toThrow(/EVENT_STORE="mongo"/);
    expect(attempt).toThrow(/SQLITE_SYNCHRONOUS="OFF"/);
  });

  it('requires a connection string when EventStoreDB is selected', () => {
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_CONNECTION_STRING/);
    const config = loadConfig({
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
    });
    expect(config.eventStoreConnectionString).toBe('esdb://localhost:2113?tls=false');
  });

  it('runs projections inline by default; PROJECTIONS=off leaves them to a separate projector', () => {
    expect(loadConfig({})).toMatchObject({ projections: 'inline', projectionBatchSize: 500 });
    expect(loadConfig({ PROJECTIONS: 'off', PROJECTION_BATCH_SIZE: '50' })).toMatchObject({
      projections: 'off',
      projectionBatchSize: 50,
    });
    expect(() => loadConfig({ PROJECTIONS: 'sometimes' })).toThrow(/PROJECTIONS="sometimes"/);
    expect(() => loadConfig({ PROJECTION_BATCH_SIZE: '0' })).toThrow(/PROJECTION_BATCH_SIZE="0"/);
  });

  it('reads the lag /health tolerates from HEALTH_MAX_LAG_SECONDS, a whole number of seconds', () => {
    expect(loadConfig({})).toMatchObject({ healthMaxLagSeconds: 60 });
    expect(loadConfig({ HEALTH_MAX_LAG_SECONDS: '5' })).toMatchObject({ healthMaxLagSeconds: 5 });
    for (const bad of ['0', '-1', '1.5', 'soon', '86401']) {
      expect(() => loadConfig({ HEALTH_MAX_LAG_SECONDS: bad })).toThrow(`HEALTH_MAX_LAG_SECONDS="${bad}"`);
    }
  });

  it('limits rates generously by default: a bulk load of 1,200 calls in a minute is never throttled', () => {
    const { rateLimits } = loadConfig({});
    expect(rateLimits.max / rateLimits.windowSeconds).toBeGreaterThanOrEqual(1200 / 60);
    expect(rateLimits).toMatchObject({ authFailuresPerAddress: 20, authFailuresPerToken: 5 });
    expect(loadConfig({ RATE_LIMIT_MAX: '0', AUTH_FAILURES_PER_ADDRESS: '0' }).rateLimits).toMatchObject({
      max: 0,
      authFailuresPerAddress: 0,
    });
    expect(() => loadConfig({ RATE_LIMIT_MAX: 'lots' })).toThrow(/RATE_LIMIT_MAX="lots"/);
    expect(() => loadConfig({ AUTH_FAILURE_WINDOW_SECONDS: '0' })).toThrow(/AUTH_FAILURE_WINDOW_SECONDS="0"/);
  });
});
