export * from './read-models.service';
export * from './recommendation-filters';
export * from './recommendation-answer';
export * from './page-cursor';
export * from './plan-answer';
export * from './spreadsheet-cell';
export * from './links-answer';
