/**
 * @app/evidence: evidence files attached to decisions and progress reports.
 *
 * - `EvidenceStore.put(stream, name)`: streams a file in while hashing it, refuses it past 20 MiB or when its
 *   content is not PDF, DOCX, XLSX, ODT, PNG or JPEG, and stores it content-addressed; answers the EvidenceFile
 *   events record. `read(sha256)`, `check(sha256)` read and re-hash a stored file.
 * - `evidenceDirectory(config)`: `<DATA_DIR>/evidence/<store-id>`.
 * - `EvidenceReferences` + `withEvidence`: `audit verify`'s check of every file the log names.
 * docs/evidence.md documents the types, limits and layout.
 */
export * from './evidence-store';
export * from './evidence-type';
export * from './evidence-directory';
export * from './evidence-file-name';
export * from './evidence-audit';
export * from './evidence.errors';
export * from './sha256';
