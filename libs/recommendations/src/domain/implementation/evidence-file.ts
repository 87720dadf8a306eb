/** A stored evidence file as events record it: the hash names the content, so the log's chain covers the file. */
export type EvidenceFile = {
  /** Lowercase hex SHA-256 of the file's bytes; the file lives content-addressed under DATA_DIR. */
  sha256: string;
  /** The name the uploader gave, for display and download only; never a path. */
  fileName: string;
  /** The type found from the content (not the name): one of EVIDENCE_MEDIA_TYPES. */
  mediaType: string;
  size: number;
};

export const EVIDENCE_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'image/png',
  'image/jpeg',
] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** 20 MiB: a larger file is refused before it is stored whole. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
