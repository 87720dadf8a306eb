import { createReadStream, type ReadStream } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '../../../../test/fixtures/imports');

/** A sample as the API will get it: a stream in small chunks, never a buffer read whole. */
export const fixture = (name: string): ReadStream =>
  createReadStream(join(FIXTURES, name), { highWaterMark: 1024 });
