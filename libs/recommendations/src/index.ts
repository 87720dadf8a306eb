export * from './domain';
export * from './commands';
export * from './events';
export * from './audit';
export * from './read-models';
export * from './queries';
export * from './vocabulary';
export * from './imports';
