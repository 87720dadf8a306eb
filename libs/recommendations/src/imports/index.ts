export * from './candidate-to-import';
export * from './import-plan';
export * from './import.errors';
export * from './recommendation-importer';
export * from './import-positions';
export * from './carry-over-similarity';
