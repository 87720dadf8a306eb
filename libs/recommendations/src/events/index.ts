export * from './upcaster.registry';
export * from './event-upcasters';
