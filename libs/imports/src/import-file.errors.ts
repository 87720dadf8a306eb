import { AppError } from '@app/errors';

/** The uploaded file as a whole cannot be imported; nothing of it is used. `code` is stable. */
export abstract class ImportFileError extends AppError {}

export type DetectedFormat = 'pdf' | 'xls' | 'binary' | 'utf-16' | 'empty' | 'unknown';

export class UnsupportedFormatError extends ImportFileError {
  readonly code = 'IMPORT.UNSUPPORTED_FORMAT';
  readonly kind = 'invalid';
  constructor(readonly detected: DetectedFormat) {
    super(
      `The file is not CSV or XLSX (it looks like ${detected}); save it as CSV (UTF-8) or as an Excel workbook (.xlsx)`,
    );
  }
  override details(): Record<string, unknown> {
    return { detected: this.detected };
  }
}

export class FileTooLargeError extends ImportFileError {
  readonly code = 'IMPORT.FILE_TOO_LARGE';
  readonly kind = 'invalid';
  constructor(readonly limitBytes: number) {
    super(`The file is larger than ${limitBytes} bytes`);
  }
  override details(): Record<string, unknown> {
    return { limitBytes: this.limitBytes };
  }
}

export class TooManyRowsError extends ImportFileError {
  readonly code = 'IMPORT.TOO_MANY_ROWS';
  readonly kind = 'invalid';
  constructor(readonly limitRows: number) {
    super(`The file has more than ${limitRows} data rows; split it into several files`);
  }
  override details(): Record<string, unknown> {
    return { limitRows: this.limitRows };
  }
}

export class MalformedCsvError extends ImportFileError {
  readonly code = 'IMPORT.MALFORMED_CSV';
  readonly kind = 'invalid';
  constructor(readonly line: number | undefined) {
    super(
      `The CSV cannot be read${line === undefined ? '' : ` near line ${line}`}: a quoted field is not closed or a quote is misplaced`,
    );
  }
  override details(): Record<string, unknown> {
    return this.line === undefined ? {} : { line: this.line };
  }
}

export class UnreadableXlsxError extends ImportFileError {
  readonly code = 'IMPORT.UNREADABLE_XLSX';
  readonly kind = 'invalid';
  constructor() {
    super('The workbook cannot be read; open it in Excel and save it again as .xlsx');
  }
}

export class XlsxFormulaError extends ImportFileError {
  readonly code = 'IMPORT.XLSX_FORMULA';
  readonly kind = 'invalid';
  constructor(readonly cell: string) {
    super(
      `The workbook has a formula (cell ${cell}); paste the values only (Paste Special > Values) and save again`,
    );
  }
  override details(): Record<string, unknown> {
    return { cell: this.cell };
  }
}

export class XlsxMacrosError extends ImportFileError {
  readonly code = 'IMPORT.XLSX_MACROS';
  readonly kind = 'invalid';
  constructor() {
    super(
      'The workbook contains macros (a VBA project); save it as an ordinary .xlsx workbook without macros',
    );
  }
}

export class WrongHeaderError extends ImportFileError {
  readonly code = 'IMPORT.WRONG_HEADER';
  readonly kind = 'invalid';
  constructor(
    readonly profile: string,
    readonly missingColumns: readonly string[],
  ) {
    super(`The header does not match the ${profile} profile: missing column(s) ${missingColumns.join(', ')}`);
  }
  override details(): Record<string, unknown> {
    return { profile: this.profile, missingColumns: [...this.missingColumns] };
  }
}

export class UnknownProfileError extends ImportFileError {
  readonly code = 'IMPORT.UNKNOWN_PROFILE';
  readonly kind = 'invalid';
  constructor(
    readonly profile: string,
    readonly knownProfiles: readonly string[],
  ) {
    super(`Unknown import profile "${profile}"; use one of ${knownProfiles.join(', ')}`);
  }
  override details(): Record<string, unknown> {
    return { profile: this.profile, knownProfiles: [...this.knownProfiles] };
  }
}
