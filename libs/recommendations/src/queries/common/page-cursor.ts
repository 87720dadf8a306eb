/** Cursors are opaque to clients: the last item's `seq`, base64url-encoded. */
export const encodeCursor = (seq: bigint): string =>
  Buffer.from(seq.toString(), 'utf8').toString('base64url');

/** A `seq` is a log position, a SQLite integer: a larger one names no item. */
const MAX_SEQ = 2n ** 63n - 1n;

/** The `seq` a cursor names, or undefined when it names none. */
export function decodeCursor(cursor: string): bigint | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{1,19}$/.test(text)) return undefined;
  const seq = BigInt(text);
  return seq <= MAX_SEQ ? seq : undefined;
}
