import type { ChainFailure, ChainFailureReason } from './chain-report';

/** Collects failures once each, up to a cap, so a wholesale rewrite cannot exhaust memory. */
export class FailureLog {
  private readonly seen = new Set<string>();
  private readonly failures: ChainFailure[] = [];
  private omitted = 0;

  constructor(private readonly max: number) {}

  add(stream: string, revision: bigint, reason: ChainFailureReason, detail: string): void {
    const key = `${stream}\n${revision}\n${reason}`;
    if (this.seen.has(key)) return;
    if (this.failures.length >= this.max) {
      this.omitted++;
      return;
    }
    this.seen.add(key);
    this.failures.push({ stream, revision: Number(revision), reason, detail });
  }

  get count(): number {
    return this.failures.length + this.omitted;
  }

  get omittedCount(): number {
    return this.omitted;
  }

  sorted(): ChainFailure[] {
    return [...this.failures].sort((a, b) =>
      a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : a.revision - b.revision,
    );
  }
}
