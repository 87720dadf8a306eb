import { StoreUnavailableError } from './event-store.errors';
import { isConnectionError } from './eventstoredb/client-errors';

/** SQLite result codes that say the file cannot be used right now (locked, disk failing or full), not that a request is wrong. */
const SQLITE_OUTAGE_CODE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|PROTOCOL)/;
/** better-sqlite3's words for a statement run on a closed connection (the store or a read-model database). */
const CLOSED_CONNECTION = 'The database connection is not open';

/**
 * The driver error of an unreachable store (EventStoreDB's dropped connection, SQLite's locked or failing file)
 * as the port's StoreUnavailableError, so callers answer an outage, not a fault; undefined for anything else.
 */
export function storeOutage(error: unknown): StoreUnavailableError | undefined {
  if (error instanceof StoreUnavailableError) return error;
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  const sqliteOutage =
    (error.name === 'SqliteError' && typeof code === 'string' && SQLITE_OUTAGE_CODE.test(code)) ||
    (error instanceof TypeError && error.message === CLOSED_CONNECTION);
  if (sqliteOutage || isConnectionError(error)) {
    return new StoreUnavailableError('The store cannot be reached right now; retry later', { cause: error });
  }
  return undefined;
}
