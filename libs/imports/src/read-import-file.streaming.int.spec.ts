import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readImportFile } from '@app/imports';
import { uprInfoRows } from '../../../test/fixtures/imports/upr-info-sample';

const HEADER = Buffer.from(`${uprInfoRows()[0].join(',')}\n`);
const ROW = Buffer.from(
  `Turkmenistan,Asia,OIC,Ratify the Convention,Norway,,,Noted,4,Justice,16,${'n'.repeat(16 * 1024)}\n`,
);

// What the reader holds, not garbage a collection has not reached yet: the heap is measured right after one.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

describe('readImportFile streams the upload', () => {
  it('given a 16 MiB upload, when the first rows are read, then most of the file has not been pulled yet', async () => {
    const total = 1000;
    let pulled = 0;
    async function* upload(): AsyncGenerator<Buffer> {
      yield HEADER;
      for (; pulled < total; pulled += 1) yield ROW;
    }
    let pulledAtRow10 = -1;

    const result = await readImportFile(upload(), {
      profile: 'upr-info',
      onRecord: ({ row }) => {
        if (row === 10) pulledAtRow10 = pulled;
      },
    });

    expect(result.rows).toBe(total);
    expect(pulledAtRow10).toBeGreaterThan(0);
    expect(pulledAtRow10).toBeLessThan(total / 10);
  });

  it('given 16 MiB of rows, when read, then the heap grows by far less than the file', async () => {
    async function* upload(): AsyncGenerator<Buffer> {
      yield HEADER;
      for (let sent = 0; sent < 1000; sent += 1) yield ROW;
    }
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let peak = before;

    await readImportFile(upload(), {
      profile: 'upr-info',
      onRecord: ({ row }) => {
        if (row % 100 !== 0) return;
        collectGarbage();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });

    expect(peak - before).toBeLessThan(4 * 1024 * 1024);
  });
});
