import { join } from 'node:path';
import type { SqliteSynchronous } from '@app/event-store';
import { loadEmmettSqlite, type EmmettConnection, type EmmettSqlite } from '../bench-modules';
import { ratePerSecond } from '../measure';
import { EVENT_TYPE, STREAMS, eventData, eventMetadata } from './event-fixture';

export interface EmmettRate {
  eventsPerSecond: number;
  /** Appends that failed (SQLITE_BUSY from a statement still open at COMMIT) and were retried. */
  retried: number;
}

export interface EmmettFigures {
  /** Through `getSQLiteEventStore`, which opens a connection per call and leaves synchronous at SQLite's FULL. */
  eventStore?: EmmettRate;
  /** Emmett's own `appendToStream` on one long-lived connection with the given synchronous setting. */
  connection: EmmettRate;
}

const MAX_TRIES = 5;

const newEvent = (n: number) => ({ type: EVENT_TYPE, data: eventData(n), metadata: eventMetadata() });

/**
 * Emmett's SQLite event store, one event per append at the exact expected version (Emmett's versions count events,
 * so 0 means a new stream). Sequential only: its connection shares one transaction counter between callers.
 */
export async function emmettAppendRates(
  dir: string,
  synchronous: SqliteSynchronous,
  seconds: number,
): Promise<EmmettFigures> {
  const emmett = loadEmmettSqlite();
  const figures: EmmettFigures = {
    connection: await connectionRate(emmett, join(dir, 'emmett-connection.db'), synchronous, seconds),
  };
  if (synchronous === 'FULL') {
    const store = emmett.getSQLiteEventStore({ fileName: join(dir, 'emmett-store.db') });
    const versions = new Map<string, bigint>();
    let retried = 0;
    const eventsPerSecond = await ratePerSecond(seconds, async (n) => {
      const stream = `bench-${n % STREAMS}`;
      const result = await retrying(
        () =>
          store.appendToStream(stream, [newEvent(n)], { expectedStreamVersion: versions.get(stream) ?? 0n }),
        () => retried++,
      );
      versions.set(stream, result.nextExpectedStreamVersion);
    });
    figures.eventStore = { eventsPerSecond, retried };
  }
  return figures;
}

async function connectionRate(
  emmett: EmmettSqlite,
  fileName: string,
  synchronous: SqliteSynchronous,
  seconds: number,
): Promise<EmmettRate> {
  let connection = await openConnection(emmett, fileName, synchronous);
  const versions = new Map<string, bigint>();
  let retried = 0;
  try {
    const eventsPerSecond = await ratePerSecond(seconds, async (n) => {
      const stream = `bench-${n % STREAMS}`;
      const expectedStreamVersion = versions.get(stream) ?? 0n;
      const result = await retrying(
        () => emmett.appendToStream(connection, stream, 'bench', [newEvent(n)], { expectedStreamVersion }),
        async () => {
          retried++;
          // A failed COMMIT can leave the connection inside its transaction: start again on a fresh one.
          connection.close();
          connection = await openConnection(emmett, fileName, synchronous);
        },
      );
      if (!result.success) throw new Error(`Emmett refused an append to ${stream} at its exact version`);
      versions.set(stream, expectedStreamVersion + 1n);
    });
    return { eventsPerSecond, retried };
  } finally {
    connection.close();
  }
}

async function retrying<T>(append: () => Promise<T>, onFailure: () => unknown): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await append();
    } catch (error) {
      if (attempt >= MAX_TRIES) throw error;
      await onFailure();
    }
  }
}

async function openConnection(
  emmett: EmmettSqlite,
  fileName: string,
  synchronous: SqliteSynchronous,
): Promise<EmmettConnection> {
  const connection = emmett.sqliteConnection({ fileName });
  await connection.command(`PRAGMA synchronous = ${synchronous}`);
  await emmett.createEventStoreSchema(connection);
  const mode = await connection.querySingle<{ journal_mode: string }>('PRAGMA journal_mode');
  const sync = await connection.querySingle<{ synchronous: number }>('PRAGMA synchronous');
  // Same durability as the adapter, or the comparison means nothing.
  if (mode?.journal_mode !== 'wal' || sync?.synchronous !== (synchronous === 'FULL' ? 2 : 1)) {
    throw new Error(`Emmett connection is ${JSON.stringify({ mode, sync })}, not WAL + ${synchronous}`);
  }
  return connection;
}
