import type { Role } from '../../domain';

export interface Actor {
  id: string;
  /** The role under which the caller was allowed to run the command. */
  role: Role;
}

/** Who asks, and how the request ties to others; everything here goes into event metadata. */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  causationId: string;
  /** The Idempotency-Key when given, otherwise a generated id. */
  commandId: string;
  idempotencyKey?: string;
  /** Fingerprint of the request (route and body), to tell a retry from a reused key. */
  requestHash?: string;
  /** From If-Match: the revision the caller last saw. */
  expectedRevision?: bigint;
  /** Set when the command comes from a file import: it names the import in the event's metadata. */
  import?: ImportTag;
}

/** Which import appended an event, and from which rows of the file. */
export interface ImportTag {
  importId: string;
  fileSha256: string;
  rows: number[];
}

/** What every command route answers. */
export interface CommandResult {
  id: string;
  revision: bigint;
  position: bigint;
}
