import { AppError } from '@app/errors';
import { EVIDENCE_MEDIA_TYPES } from '@app/recommendations';

/** The file's content is none of the accepted types, whatever its name says (415, naming the file). */
export class EvidenceTypeNotAcceptedError extends AppError {
  readonly code = 'EVIDENCE.UNSUPPORTED_TYPE';
  readonly kind = 'invalid';
  constructor(readonly fileName: string) {
    super(
      `${fileName} is not a PDF, DOCX, XLSX, ODT, PNG or JPEG file (the content was checked, not the name)`,
    );
  }
  override details(): Record<string, unknown> {
    return { field: 'evidence', fileName: this.fileName, accepted: [...EVIDENCE_MEDIA_TYPES] };
  }
}

/** The file passed the size limit while arriving; what had arrived was thrown away (413, naming the file). */
export class EvidenceTooLargeError extends AppError {
  readonly code = 'EVIDENCE.FILE_TOO_LARGE';
  readonly kind = 'invalid';
  constructor(
    readonly fileName: string,
    readonly limitBytes: number,
  ) {
    super(`${fileName} is larger than ${limitBytes} bytes`);
  }
  override details(): Record<string, unknown> {
    return { field: 'evidence', fileName: this.fileName, limitBytes: this.limitBytes };
  }
}

/** The record names no such file, or the caller asked for a hash it does not name (404). */
export class EvidenceNotFoundError extends AppError {
  readonly code = 'EVIDENCE.NOT_FOUND';
  readonly kind = 'not_found';
  constructor(readonly sha256: string) {
    super(`No evidence file ${sha256} is attached here`);
  }
}

/** The record names the file but the store has lost it: `audit verify` reports it too (500, logged). */
export class EvidenceFileMissingError extends AppError {
  readonly code = 'EVIDENCE.FILE_MISSING';
  readonly kind = 'internal';
  constructor(readonly sha256: string) {
    super(`Evidence file ${sha256} is recorded but missing from the store; run audit verify`);
  }
}

/** The stored bytes no longer hash to the recorded SHA-256: never served; `audit verify` reports it too (500). */
export class EvidenceFileAlteredError extends AppError {
  readonly code = 'EVIDENCE.FILE_ALTERED';
  readonly kind = 'internal';
  constructor(readonly sha256: string) {
    super(`Evidence file ${sha256} no longer matches its recorded hash; run audit verify`);
  }
}
