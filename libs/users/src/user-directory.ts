import { timingSafeEqual } from 'node:crypto';
import { statSync, type Stats } from 'node:fs';
import { hashToken } from './user-token';
import { readUsersFile } from './users-file.io';
import type { User } from './users-file.schema';

export interface UserDirectoryOptions {
  /** How often, at most, the file is checked for changes made by another process. */
  recheckMs?: number;
  now?: () => number;
  /** Told when the file is missing or turns invalid; the directory then authenticates nobody. */
  onProblem?: (message: string) => void;
}

interface Entry {
  readonly user: User;
  readonly digest: Buffer;
  readonly disabled: boolean;
}

const MISSING = 'missing';

/** Identity and content of the file as seen by stat; an atomic rename always changes the inode. */
const signatureOf = (stats: Stats): string => `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}`;

/** Who holds which token, read from the users file and re-read when another process changes it. */
export class UserDirectory {
  private entries: readonly Entry[] = [];
  private signature: string | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private lastProblem: string | undefined;

  /** Throws `UsersFileError` for an invalid file; a missing one authenticates nobody until it appears. */
  constructor(
    readonly path: string,
    private readonly options: UserDirectoryOptions = {},
  ) {
    this.refresh(true);
  }

  /** The user holding `token`; every user is compared, in constant time, whichever matches. */
  authenticate(token: string): User | undefined {
    this.refresh(false);
    if (token.length === 0) return undefined;
    const presented = Buffer.from(hashToken(token), 'hex');
    let found: User | undefined;
    for (const entry of this.entries) {
      if (timingSafeEqual(presented, entry.digest) && !entry.disabled) found = entry.user;
    }
    return found;
  }

  /** The user whose token has this SHA-256 (what a workspace session holds): none once it is rotated or disabled. */
  authenticateDigest(tokenSha256: string): User | undefined {
    this.refresh(false);
    const presented = Buffer.from(tokenSha256, 'hex');
    if (presented.length !== 32) return undefined;
    let found: User | undefined;
    for (const entry of this.entries) {
      if (timingSafeEqual(presented, entry.digest) && !entry.disabled) found = entry.user;
    }
    return found;
  }

  list(): readonly User[] {
    this.refresh(false);
    return this.entries.map((entry) => entry.user);
  }

  private refresh(strict: boolean): void {
    const now = (this.options.now ?? Date.now)();
    if (!strict && now - this.checkedAt < (this.options.recheckMs ?? 1000)) return;
    this.checkedAt = now;
    try {
      this.reloadIfChanged();
    } catch (error) {
      this.entries = [];
      this.signature = undefined;
      if (strict) throw error;
      this.report((error as Error).message);
    }
  }

  private reloadIfChanged(): void {
    let signature: string;
    try {
      signature = signatureOf(statSync(this.path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.report(`Users file ${this.path} does not exist: nobody can sign in`);
      this.entries = [];
      this.signature = MISSING;
      return;
    }
    if (signature === this.signature) return;
    // Stat before reading: if the file is replaced in between, the next check sees a new signature and re-reads.
    const { users } = readUsersFile(this.path);
    this.entries = users.map(({ tokenSha256, disabled, ...user }) => ({
      user,
      digest: Buffer.from(tokenSha256, 'hex'),
      disabled: disabled === true,
    }));
    this.signature = signature;
    this.lastProblem = undefined;
  }

  /** Each distinct problem is told once, not on every check. */
  private report(message: string): void {
    if (message === this.lastProblem) return;
    this.lastProblem = message;
    this.options.onProblem?.(message);
  }
}
