export * from './event-store.port';
export * from './event-store.errors';
export { storeOutage } from './store-outage';
export { checkStreamName, matchesFilter } from './event-store.validation';
export {
  SqliteEventStore,
  type SqliteEventStoreOptions,
  type SqliteSynchronous,
} from './sqlite/sqlite-event-store';
export { restrictDatabaseFile } from './sqlite/private-database-file';
export * from './event-store.token';
export * from './create-event-store';
export * from './integrity/hash-chain';
export * from './integrity/chain-report';
export * from './integrity/chain-verifier';
export * from './integrity/verify-store';
export * from './integrity/export-format';
export * from './integrity/export-file.reader';
export * from './read-log';
export {
  EventStoreDbEventStore,
  type EventStoreDbEventStoreOptions,
} from './eventstoredb/eventstoredb-event-store';
