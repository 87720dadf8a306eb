export * from './audit.errors';
export * from './state-moment';
export * from './recommendation-history';
export * from './audit-event-log';
export * from './effective-timeline';
