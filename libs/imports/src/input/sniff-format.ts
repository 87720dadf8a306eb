import { UnsupportedFormatError } from '../import-file.errors';

export type FileFormat = 'csv' | 'xlsx';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const PDF = Buffer.from('%PDF-');
export const SNIFF_BYTES = 8192;

/** CSV or XLSX by the content, never by the name or media type the client claims; anything else is refused. */
export const sniffFormat = (head: Buffer): FileFormat => {
  if (head.length === 0) throw new UnsupportedFormatError('empty');
  if (head.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (head.subarray(0, 8).equals(OLE2)) throw new UnsupportedFormatError('xls');
  if (head.subarray(0, 5).equals(PDF)) throw new UnsupportedFormatError('pdf');
  if (head[0] === 0xff && head[1] === 0xfe) throw new UnsupportedFormatError('utf-16');
  if (head[0] === 0xfe && head[1] === 0xff) throw new UnsupportedFormatError('utf-16');
  if (looksBinary(head.subarray(0, SNIFF_BYTES))) throw new UnsupportedFormatError('binary');
  return 'csv';
};

// Text in the three encodings we read never holds NUL or most other C0 controls; a few of them means binary.
const looksBinary = (sample: Buffer): boolean => {
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls += 1;
  }
  return controls > Math.max(2, sample.length / 100);
};
