export * from './event-store.port';
export * from './event-store.errors';
export { checkStreamName, matchesFilter } from './event-store.validation';
export {
  SqliteEventStore,
  type SqliteEventStoreOptions,
  type SqliteSynchronous,
} from './sqlite/sqlite-event-store';
export * from './event-store.token';
export * from './create-event-store';
export * from './integrity/hash-chain';
export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb/eventstoredb-event-store';
