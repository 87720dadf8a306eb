import { FileTooLargeError } from '../import-file.errors';

/** The upload: a request body or file stream, or any (async) iterable of byte chunks. */
export type ByteSource = AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array>;

/** Passes the upload through chunk by chunk and stops it the moment it grows past the limit. */
export async function* limitBytes(source: ByteSource, maxBytes: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.length;
    if (total > maxBytes) throw new FileTooLargeError(maxBytes);
    if (buffer.length > 0) yield buffer;
  }
}

/** The first bytes of a stream, read until `enough` says so or the stream ends, and the whole stream again from its start. */
export type Peeked = { head: Buffer; ended: boolean; all: AsyncGenerator<Buffer> };

export const peek = async (
  source: AsyncIterable<Buffer>,
  enough: (head: Buffer) => boolean,
): Promise<Peeked> => {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let head = Buffer.alloc(0);
  let ended = false;
  while (!enough(head)) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    chunks.push(next.value);
    head = Buffer.concat(chunks);
  }
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (ended) return;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { head, ended, all: all() };
};

/**
 * Node streams do not pass a source's error down a pipe, so a parser fed by a failing upload would wait forever:
 * the guard ends the stream instead and keeps the error, for the reader to throw once the parser stops.
 */
export class SourceFailure {
  private failure: { error: unknown } | undefined;

  async *guard<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
    try {
      yield* source;
    } catch (error) {
      this.failure = { error };
    }
  }

  throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }
}
