export * from './domain';
export * from './commands';
