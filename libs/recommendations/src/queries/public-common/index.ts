export * from './public-answers';
export * from './public-recommendation-rows';
export * from './public-action-rows';
export * from './public-board-counts';
