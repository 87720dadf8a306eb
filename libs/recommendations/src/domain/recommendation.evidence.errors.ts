import { DomainError } from './domain.errors';

/** Attaching evidence with no file records nothing worth a decision: refused, naming the field. */
export class EvidenceRequiredError extends DomainError {
  readonly code = 'EVIDENCE.REQUIRED';
  readonly kind = 'invalid';
  constructor() {
    super('Attach at least one evidence file');
  }
  override details(): Record<string, unknown> {
    return { field: 'evidence' };
  }
}

/** An entry that no evidence store could have answered (bad hash, type or size): refused, naming it. */
export class EvidenceFileInvalidError extends DomainError {
  readonly code = 'EVIDENCE.INVALID_FILE';
  readonly kind = 'invalid';
  constructor(
    readonly fileName: string,
    readonly problem: 'sha256' | 'mediaType' | 'size',
  ) {
    super(`Evidence ${fileName} has an invalid ${problem}`);
  }
  override details(): Record<string, unknown> {
    return { field: `evidence.${this.problem}`, fileName: this.fileName };
  }
}
