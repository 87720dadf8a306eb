import { AppError } from '@app/errors';

/** Only the matrix has an XLSX form; the reports are Word documents. */
export class DocumentFormatUnavailableError extends AppError {
  readonly code = 'DOCUMENT.FORMAT_UNAVAILABLE';
  readonly kind = 'invalid';
  constructor(
    readonly documentKind: string,
    readonly format: string,
    readonly formats: readonly string[],
  ) {
    super(`The ${documentKind} document has no ${format} form`);
  }
  override details(): Record<string, unknown> {
    return { field: 'format', kind: this.documentKind, format: this.format, formats: this.formats };
  }
}
