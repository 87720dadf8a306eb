export * from './build-document';
export * from './document-request';
export * from './document-thread';
export * from './documents.errors';
export { DOCUMENT_GROUPINGS, type DocumentGrouping } from './clusters';
export { type Progress } from './progress';
export { UPR_WORD_LIMIT, wordsIn } from './word-count';
