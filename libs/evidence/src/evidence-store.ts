import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { access, chmod, mkdir, open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_EVIDENCE_BYTES, type EvidenceFile } from '@app/recommendations';
import { EvidenceTooLargeError, EvidenceTypeNotAcceptedError } from './evidence.errors';
import { displayFileName } from './evidence-file-name';
import { sniffEvidenceType } from './evidence-type';
import { isSha256 } from './sha256';

/** What a stored file is found to be by `check`: its bytes still hash to its name, or not, or it is gone. */
export type EvidenceCondition = 'ok' | 'evidence_missing' | 'evidence_altered';

/** The bytes of an upload as they arrive: a request part, a file stream, or chunks already in memory. */
export type EvidenceSource = AsyncIterable<Buffer | string> | Iterable<Buffer>;

export interface EvidenceStoreOptions {
  /** The store's own directory, `<DATA_DIR>/evidence/<store-id>` (see evidenceDirectory). */
  directory: string;
  maxBytes?: number;
}

/**
 * Evidence files, content-addressed: `<directory>/<first two hex digits>/<sha256>`, files 0600, directories 0700.
 * A file is written to a temporary name while it is hashed, and only renamed into place once whole and accepted.
 */
export class EvidenceStore {
  readonly directory: string;
  private readonly maxBytes: number;

  constructor(options: EvidenceStoreOptions) {
    this.directory = options.directory;
    this.maxBytes = options.maxBytes ?? MAX_EVIDENCE_BYTES;
  }

  /** Streams the upload in; refuses it (and keeps nothing) once it passes the limit or when its type is not accepted. */
  async put(source: EvidenceSource, givenName: string | undefined): Promise<EvidenceFile> {
    const fileName = displayFileName(givenName);
    const temporary = join(await this.ensureDirectory('tmp'), `${randomUUID()}.part`);
    try {
      const { sha256, size } = await this.writeHashed(source, temporary, fileName);
      const mediaType = await sniffFile(temporary, size);
      if (mediaType === undefined) throw new EvidenceTypeNotAcceptedError(fileName);
      await rename(temporary, join(await this.ensureDirectory(sha256.slice(0, 2)), sha256));
      return { sha256, fileName, mediaType, size };
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }

  /** The stored file's path; undefined for a hash that is not one. */
  pathOf(sha256: string): string | undefined {
    return isSha256(sha256) ? join(this.directory, sha256.slice(0, 2), sha256) : undefined;
  }

  async has(sha256: string): Promise<boolean> {
    const path = this.pathOf(sha256);
    return (
      path !== undefined &&
      (await access(path).then(
        () => true,
        () => false,
      ))
    );
  }

  read(sha256: string): ReadStream {
    const path = this.pathOf(sha256);
    if (path === undefined) throw new Error(`Not a SHA-256: ${sha256}`);
    return createReadStream(path);
  }

  /** Recomputes the file's hash: the one proof its bytes are the ones the event recorded. */
  async check(sha256: string): Promise<EvidenceCondition> {
    if (!(await this.has(sha256))) return 'evidence_missing';
    const hash = createHash('sha256');
    for await (const chunk of this.read(sha256)) hash.update(chunk as Buffer);
    return hash.digest('hex') === sha256 ? 'ok' : 'evidence_altered';
  }

  private async writeHashed(source: EvidenceSource, path: string, fileName: string) {
    const hash = createHash('sha256');
    const file = await open(path, 'wx', 0o600);
    let size = 0;
    try {
      for await (const piece of source) {
        const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
        size += chunk.length;
        // Refused the moment it passes the limit: the rest of the upload is never read.
        if (size > this.maxBytes) throw new EvidenceTooLargeError(fileName, this.maxBytes);
        hash.update(chunk);
        await file.write(chunk);
      }
      await file.sync();
    } finally {
      await file.close();
    }
    return { sha256: hash.digest('hex'), size };
  }

  private async ensureDirectory(name: string): Promise<string> {
    const path = join(this.directory, name);
    await mkdir(path, { recursive: true, mode: 0o700 });
    await chmod(path, 0o700);
    return path;
  }
}

async function sniffFile(path: string, size: number) {
  const file = await open(path, 'r');
  try {
    return await sniffEvidenceType(size, async (offset, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    });
  } finally {
    await file.close();
  }
}
