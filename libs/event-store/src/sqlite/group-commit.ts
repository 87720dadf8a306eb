import type { AppendResult, StreamWrite } from '../event-store.port';

/** Appends committed together at most; more wait for the next transaction. */
const MAX_GROUP_SIZE = 1000;

/** One caller's append: one write, or several that stand or fall together. */
export interface PendingAppend {
  writes: readonly StreamWrite[];
  resolve: (results: AppendResult[]) => void;
  reject: (error: unknown) => void;
}

export type AppendOutcome =
  { ok: true; written: boolean; answers: AppendResult[] } | { ok: false; error: unknown };

/**
 * Group commit: appends that arrive while the event loop is busy are committed together in one transaction, so
 * they share one fsync. `commit` checks and writes each append (all its writes) in its own savepoint; none is
 * acknowledged before COMMIT.
 */
export class GroupCommit {
  private pending: PendingAppend[] = [];
  private scheduled = false;
  private readonly stats = { transactions: 0, appends: 0 };

  constructor(
    private readonly commit: (batch: PendingAppend[]) => AppendOutcome[],
    private readonly onWritten: () => void,
  ) {}

  submit(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    return new Promise((resolve, reject) => {
      this.pending.push({ writes, resolve, reject });
      this.schedule();
    });
  }

  /** Commits everything still waiting, now; used before the connection closes. */
  drain(): void {
    while (this.pending.length > 0) this.flush();
  }

  counts(): { transactions: number; appends: number } {
    return { ...this.stats };
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const batch = this.pending.splice(0, MAX_GROUP_SIZE);
    if (this.pending.length > 0) this.schedule();
    if (batch.length === 0) return;
    let outcomes: AppendOutcome[];
    try {
      outcomes = this.commit(batch);
    } catch (error) {
      for (const append of batch) append.reject(error);
      return;
    }
    this.stats.transactions++;
    this.stats.appends += batch.length;
    if (outcomes.some((outcome) => outcome.ok && outcome.written)) this.onWritten();
    outcomes.forEach((outcome, i) =>
      outcome.ok ? batch[i].resolve(outcome.answers) : batch[i].reject(outcome.error),
    );
  }
}
