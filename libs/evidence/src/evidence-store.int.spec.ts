import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvidenceStore } from './evidence-store';
import { EvidenceTooLargeError, EvidenceTypeNotAcceptedError } from './evidence.errors';
import { MINIMAL_PDF, PNG_HEADER } from '@app/testing';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const filesUnder = (directory: string): string[] =>
  readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

async function* chunks(bytes: Buffer, size = 7) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('EvidenceStore', () => {
  let directory: string;
  let store: EvidenceStore;
  beforeEach(() => {
    directory = join(mkdtempSync(join(tmpdir(), 'evidence-')), 'evidence', 'sqlite');
    store = new EvidenceStore({ directory, maxBytes: 1024 });
  });
  afterEach(() => rmSync(join(directory, '..', '..'), { recursive: true, force: true }));

  it('stores a file under its SHA-256, 0600 in 0700 directories, and answers what events record', async () => {
    const file = await store.put(chunks(MINIMAL_PDF), 'uploads/Report 2024.pdf');
    const hash = sha256(MINIMAL_PDF);
    expect(file).toEqual({
      sha256: hash,
      fileName: 'Report 2024.pdf',
      mediaType: 'application/pdf',
      size: MINIMAL_PDF.length,
    });
    const path = join(directory, hash.slice(0, 2), hash);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(directory, hash.slice(0, 2))).mode & 0o777).toBe(0o700);
    expect(filesUnder(directory)).toEqual([path]);
  });

  it('the same content twice is one file', async () => {
    await store.put(chunks(PNG_HEADER), 'a.png');
    await store.put(chunks(PNG_HEADER), 'b.png');
    expect(filesUnder(directory)).toHaveLength(1);
  });

  it('refuses a file renamed .pdf that is not one, and keeps nothing of it', async () => {
    await expect(store.put(chunks(Buffer.from('plain text, renamed')), 'minutes.pdf')).rejects.toEqual(
      new EvidenceTypeNotAcceptedError('minutes.pdf'),
    );
    expect(filesUnder(directory)).toEqual([]);
  });

  it('refuses a file the moment it passes the limit: the rest of the upload is never read', async () => {
    let pulled = 0;
    async function* endless() {
      yield MINIMAL_PDF;
      for (;;) {
        pulled++;
        yield Buffer.alloc(100);
      }
    }
    await expect(store.put(endless(), 'huge.pdf')).rejects.toBeInstanceOf(EvidenceTooLargeError);
    expect(pulled).toBeLessThan(11);
    expect(filesUnder(directory)).toEqual([]);
  });

  it('check: ok, then altered when the bytes change, then missing when the file is gone', async () => {
    const { sha256: hash } = await store.put(chunks(MINIMAL_PDF), 'r.pdf');
    await expect(store.check(hash)).resolves.toBe('ok');
    writeFileSync(store.pathOf(hash)!, Buffer.concat([MINIMAL_PDF, Buffer.from('tampered')]));
    await expect(store.check(hash)).resolves.toBe('evidence_altered');
    rmSync(store.pathOf(hash)!);
    await expect(store.check(hash)).resolves.toBe('evidence_missing');
  });

  it('a name that is not a SHA-256 is never a path', async () => {
    expect(store.pathOf('../../events.db')).toBeUndefined();
    await expect(store.check('../../events.db')).resolves.toBe('evidence_missing');
  });
});
