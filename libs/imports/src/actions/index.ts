export * from './action-matrix-entry';
export * from './action-matrix.columns';
export * from './read-action-matrix';
export * from './action-matrix-template';
