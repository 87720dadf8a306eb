import type { Readable } from 'node:stream';
import { DEFAULT_RESPONSE_MAP, type ResponseMap } from '@app/recommendations';
import { CandidateGrouping } from './candidates/candidate-grouping';
import { cellsOf, matchHeader } from './candidates/header';
import { RowReader } from './candidates/row-reader';
import type { ImportCandidate, ImportRowError } from './import-candidate';
import { TooManyRowsError, WrongHeaderError } from './import-file.errors';
import { limitBytes, peek, type ByteSource } from './input/byte-source';
import { csvRecords, type RecordStream, type SheetRecord } from './input/csv-records';
import type { TextEncoding } from './input/detect-encoding';
import { sniffFormat, SNIFF_BYTES, type FileFormat } from './input/sniff-format';
import { xlsxRecords } from './input/xlsx-records';
import { importProfile, type ImportProfile } from './profiles';

/** The limits of issue 12: an upload of at most 20 MiB and 50,000 data rows. */
export const IMPORT_LIMITS = { maxBytes: 20 * 1024 * 1024, maxRows: 50_000 } as const;

export type ReadImportOptions = {
  /** A profile name (`upr-info`, `uhri`, `template`) or a profile. */
  profile: string | ImportProfile;
  /** The language of the texts when the file does not say (ISO 639-1); default `en`. */
  language?: string;
  /** Source responses to positions; default DEFAULT_RESPONSE_MAP. */
  responseMap?: ResponseMap;
  maxBytes?: number;
  maxRows?: number;
  /** Sees every record (header included) as read, to keep the original of rows that fail, for an errors file. */
  onRecord?: (record: SheetRecord) => void;
};

export type ImportReadResult = {
  profile: string;
  format: FileFormat;
  /** The text encoding a CSV was read in. */
  encoding?: TextEncoding;
  /** The header row as written in the file. */
  header: string[];
  /** Data rows read (blank rows aside). */
  rows: number;
  /** One per recommendation, joint ones merged. */
  candidates: ImportCandidate[];
  errors: ImportRowError[];
};

/**
 * Reads an uploaded CSV or XLSX as it streams in and turns it into import candidates and row errors. A file that
 * cannot be imported as a whole throws an ImportFileError (stable `code`); a bad row never does.
 */
export const readImportFile = async (
  source: ByteSource | Readable,
  options: ReadImportOptions,
): Promise<ImportReadResult> => {
  const profile = typeof options.profile === 'string' ? importProfile(options.profile) : options.profile;
  const maxRows = options.maxRows ?? IMPORT_LIMITS.maxRows;
  const bytes = limitBytes(source as ByteSource, options.maxBytes ?? IMPORT_LIMITS.maxBytes);
  const start = await peek(bytes, (head) => head.length >= SNIFF_BYTES);
  const format = sniffFormat(start.head);
  const stream: RecordStream = format === 'xlsx' ? await xlsxRecords(start.all) : await csvRecords(start.all);
  const context = {
    language: options.language ?? 'en',
    responseMap: options.responseMap ?? DEFAULT_RESPONSE_MAP,
  };
  const grouping = new CandidateGrouping();
  const errors: ImportRowError[] = [];
  let header: string[] | undefined;
  let columns: ReadonlyMap<number, string> = new Map();
  let rows = 0;
  for await (const record of stream.records) {
    options.onRecord?.(record);
    if (record.values.every((value) => value.trim() === '')) continue;
    if (header === undefined) {
      header = record.values.map((value) => value.trim());
      columns = matchHeader(profile, header);
      continue;
    }
    rows += 1;
    if (rows > maxRows) throw new TooManyRowsError(maxRows);
    const reader = new RowReader(record.row, cellsOf(columns, record.values));
    const candidate = profile.read(reader, context);
    if (reader.errors.length > 0) errors.push(...reader.errors);
    else grouping.add(record.row, candidate);
  }
  if (header === undefined)
    throw new WrongHeaderError(
      profile.name,
      profile.columns.filter((c) => c.required).map((c) => c.header),
    );
  return {
    profile: profile.name,
    format,
    ...(stream.encoding === undefined ? {} : { encoding: stream.encoding }),
    header,
    rows,
    candidates: grouping.candidates(),
    errors,
  };
};
