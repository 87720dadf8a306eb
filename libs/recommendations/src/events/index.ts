export * from './upcaster.registry';
export * from './event-upcasters';
export * from './event-decoder';
export * from './upcasters-module';
export * from './source-v1';
