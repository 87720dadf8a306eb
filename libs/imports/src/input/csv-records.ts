import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { MalformedCsvError } from '../import-file.errors';
import { detectEncoding, enoughToDetect, type TextEncoding } from './detect-encoding';
import { peek, SourceFailure } from './byte-source';

export type SheetRecord = { row: number; values: string[] };
export type RecordStream = { encoding?: TextEncoding; records: AsyncGenerator<SheetRecord> };

/** CSV records, decoded and parsed as the bytes arrive; row numbers are as a spreadsheet shows them (1 = the header). */
export const csvRecords = async (bytes: AsyncIterable<Buffer>): Promise<RecordStream> => {
  const sample = await peek(bytes, enoughToDetect);
  const encoding = detectEncoding(sample.head, sample.ended);
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  async function* text(): AsyncGenerator<string> {
    for await (const chunk of sample.all) {
      const decoded = decoder.write(chunk);
      if (decoded.length > 0) yield decoded;
    }
    const rest = decoder.end();
    if (rest !== undefined && rest.length > 0) yield rest;
  }
  const delimiter = delimiterOf(iconv.decode(sample.head.subarray(0, 4096), encoding));
  const failure = new SourceFailure();
  const parser = Readable.from(failure.guard(text()), { objectMode: true }).pipe(
    parse({ delimiter, relax_quotes: true, relax_column_count: true, bom: true, skip_empty_lines: false }),
  );
  return { encoding, records: numbered(parser, failure) };
};

async function* numbered(
  parser: AsyncIterable<string[]>,
  failure: SourceFailure,
): AsyncGenerator<SheetRecord> {
  let row = 0;
  try {
    for await (const values of parser) {
      row += 1;
      yield { row, values };
    }
  } catch (error) {
    failure.throwIfFailed();
    if (error instanceof CsvError)
      throw new MalformedCsvError(typeof error.lines === 'number' ? error.lines : undefined);
    throw error;
  }
  failure.throwIfFailed();
}

// Excel saves CSV with ";" where the decimal mark is a comma, and some tools export tab-separated text.
const delimiterOf = (start: string): string => {
  const firstLine = start.split(/\r\n|\r|\n/)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
};
