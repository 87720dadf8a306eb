/** Lowercase hex, as EvidenceFile records it: anything else is never a stored file's name. */
export const isSha256 = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
