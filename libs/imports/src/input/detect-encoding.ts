import chardet from 'chardet';
import { UnsupportedFormatError } from '../import-file.errors';
import { latinEncodingOf } from './latin-encoding';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'macintosh';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** How much text after the first non-ASCII byte is enough to judge the encoding. */
export const ENCODING_SAMPLE_BYTES = 64 * 1024;
const MULTI_BYTE = /^(UTF-16|UTF-32|Shift_JIS|Big5|EUC-|GB18030|ISO-2022)/i;

/** True once the head holds enough to decide: the end of the file, or 64 KiB past the first non-ASCII byte (at most 1 MiB). */
export const enoughToDetect = (head: Buffer): boolean => {
  if (head.length >= 16 * ENCODING_SAMPLE_BYTES) return true;
  const firstHigh = head.findIndex((byte) => byte >= 0x80);
  return firstHigh >= 0 && head.length - firstHigh >= ENCODING_SAMPLE_BYTES;
};

/**
 * UTF-8 when there is a BOM or the sample is valid UTF-8 (a strict decode: Latin text with accents almost never is);
 * otherwise chardet must call it a single-byte encoding, and latinEncodingOf tells Windows-1252 from Mac Roman.
 */
export const detectEncoding = (sample: Buffer, complete: boolean): TextEncoding => {
  if (sample.subarray(0, 3).equals(UTF8_BOM)) return 'utf-8';
  if (isUtf8(complete ? sample : withoutCutSequence(sample))) return 'utf-8';
  const verdict = chardet.detect(sample);
  if (verdict !== null && MULTI_BYTE.test(verdict)) throw new UnsupportedFormatError('unknown');
  return latinEncodingOf(sample);
};

const isUtf8 = (bytes: Buffer): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

// A sample cut mid-file may end inside a multi-byte character; drop that tail so valid UTF-8 is not misjudged.
const withoutCutSequence = (bytes: Buffer): Buffer => {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
    const byte = bytes[end - back];
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) end -= back;
    break;
  }
  return bytes.subarray(0, end);
};
