export * from './event-store-contract';
export * from './decider-spec';
export * from './projection-spec';
export * from './lifecycle-generator';
export * from './evidence-files';
export * from './office-documents';
