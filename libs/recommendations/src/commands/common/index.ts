export * from './command-context';
export * from './command.errors';
export * from './deterministic-id';
export * from './event-stream.repository';
export * from './stream-names';
export * from './idempotency-record';
export * from './recording-date';
