/** Cursors are opaque to clients: the last item's `seq`, base64url-encoded. */
export const encodeCursor = (seq: bigint): string =>
  Buffer.from(seq.toString(), 'utf8').toString('base64url');

/** The `seq` a cursor names, or undefined when it names none. */
export function decodeCursor(cursor: string): bigint | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return /^\d{1,19}$/.test(text) ? BigInt(text) : undefined;
}
