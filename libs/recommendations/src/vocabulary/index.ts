export * from './themes';
export * from './sdg';
export * from './upr-sessions';
export * from './responses';
export * from './countries';
export { normaliseLabel } from './normalise-label';
