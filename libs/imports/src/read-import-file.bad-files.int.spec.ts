import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportFileError, readImportFile } from '@app/imports';
import { uprInfoRows } from '../../../test/fixtures/imports/upr-info-sample';
import { fixture, FIXTURES } from './test-support/fixture-stream';

/** The refusal a user gets: its stable code and the details the problem answer will carry. */
const refusal = async (
  read: Promise<unknown>,
): Promise<{ code: string; details: Record<string, unknown> }> => {
  try {
    await read;
  } catch (error) {
    if (error instanceof ImportFileError) return { code: error.code, details: error.details() };
    throw error;
  }
  throw new Error('the file was accepted');
};

async function* csvOfRows(count: number): AsyncGenerator<Buffer> {
  yield Buffer.from(`${uprInfoRows()[0].join(',')}\n`);
  const line = Buffer.from(`${uprInfoRows()[1].join(',').replace('"', '').replace('"', '')}\n`);
  for (let sent = 0; sent < count; sent += 1000)
    yield Buffer.concat(Array.from({ length: Math.min(1000, count - sent) }, () => line));
}

async function* bytesOf(total: number): AsyncGenerator<Buffer> {
  yield Buffer.from(`${uprInfoRows()[0].join(',')}\n`);
  const line = `Turkmenistan,Asia,OIC,${'Ratify the Convention '.repeat(50)},Norway,,,Noted,4,Justice,16\n`;
  const chunk = Buffer.from(line.repeat(Math.ceil((1024 * 1024) / line.length)));
  for (let sent = 0; sent < total; sent += chunk.length) yield chunk;
}

describe('readImportFile refuses a file it cannot import, with a stable code', () => {
  it.each([
    ['bad.pdf', 'IMPORT.UNSUPPORTED_FORMAT', { detected: 'pdf' }],
    ['bad.legacy.xls', 'IMPORT.UNSUPPORTED_FORMAT', { detected: 'xls' }],
    ['bad.binary.csv', 'IMPORT.UNSUPPORTED_FORMAT', { detected: 'binary' }],
    ['bad.formula.xlsx', 'IMPORT.XLSX_FORMULA', { cell: 'K3' }],
    ['bad.macros.xlsx', 'IMPORT.XLSX_MACROS', {}],
    ['bad.unclosed-quote.csv', 'IMPORT.MALFORMED_CSV', { line: 2 }],
    [
      'bad.wrong-header.csv',
      'IMPORT.WRONG_HEADER',
      { profile: 'upr-info', missingColumns: ['Text', 'Session'] },
    ],
  ])('given %s, when read, then %s', async (name, code, details) => {
    await expect(refusal(readImportFile(fixture(name), { profile: 'upr-info' }))).resolves.toEqual({
      code,
      details,
    });
  });

  it('given a profile nobody defined, answers IMPORT.UNKNOWN_PROFILE naming the profiles there are', async () => {
    await expect(
      refusal(readImportFile(fixture('upr-info.utf8.lf.csv'), { profile: 'upr' })),
    ).resolves.toEqual({
      code: 'IMPORT.UNKNOWN_PROFILE',
      details: { profile: 'upr', knownProfiles: ['upr-info', 'uhri', 'template'] },
    });
  });

  it('given an empty file, answers IMPORT.UNSUPPORTED_FORMAT (empty)', async () => {
    await expect(refusal(readImportFile([], { profile: 'template' }))).resolves.toEqual({
      code: 'IMPORT.UNSUPPORTED_FORMAT',
      details: { detected: 'empty' },
    });
  });

  it('given a header only of blank lines, names every required column', async () => {
    await expect(
      refusal(readImportFile([Buffer.from('\n\n,,\n')], { profile: 'template' })),
    ).resolves.toEqual({
      code: 'IMPORT.WRONG_HEADER',
      details: { profile: 'template', missingColumns: ['Text', 'Mechanism', 'Recommending parties'] },
    });
  });

  it('given 50,000 rows, reads them all; given 50,001, answers IMPORT.TOO_MANY_ROWS', async () => {
    await expect(readImportFile(csvOfRows(50_000), { profile: 'upr-info' })).resolves.toMatchObject({
      rows: 50_000,
    });
    await expect(refusal(readImportFile(csvOfRows(50_001), { profile: 'upr-info' }))).resolves.toEqual({
      code: 'IMPORT.TOO_MANY_ROWS',
      details: { limitRows: 50_000 },
    });
  }, 60_000);

  it('given more than 20 MiB, answers IMPORT.FILE_TOO_LARGE', async () => {
    await expect(
      refusal(readImportFile(bytesOf(21 * 1024 * 1024), { profile: 'upr-info' })),
    ).resolves.toEqual({
      code: 'IMPORT.FILE_TOO_LARGE',
      details: { limitBytes: 20 * 1024 * 1024 },
    });
  }, 60_000);

  it('given a workbook larger than the limit, answers IMPORT.FILE_TOO_LARGE', async () => {
    await expect(
      refusal(readImportFile(fixture('upr-info.xlsx'), { profile: 'upr-info', maxBytes: 4096 })),
    ).resolves.toEqual({
      code: 'IMPORT.FILE_TOO_LARGE',
      details: { limitBytes: 4096 },
    });
  });

  it('given a workbook cut short, answers IMPORT.UNREADABLE_XLSX', async () => {
    const truncated = readFileSync(join(FIXTURES, 'upr-info.xlsx')).subarray(0, 5000);
    await expect(refusal(readImportFile([truncated], { profile: 'upr-info' }))).resolves.toEqual({
      code: 'IMPORT.UNREADABLE_XLSX',
      details: {},
    });
  });
});
