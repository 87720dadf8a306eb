import type { VerifiableEvent, VerificationReport } from './chain-report';
import { FailureLog } from './failure-log';
import { eventHash } from './hash-chain';
import { StreamChainChecker } from './stream-chain-checker';

export interface ChainVerifierOptions {
  /** Failures listed in the report; any beyond are only counted. */
  maxFailures?: number;
  /** Events held across all streams while waiting for out-of-order ones; past it the oldest wait gives up. */
  maxHeld?: number;
}

export interface VerifyChainOptions extends ChainVerifierOptions {
  /** Called after each event, e.g. to move a progress bar. */
  onEvent?: (event: VerifiableEvent, eventsChecked: number) => void;
}

const DEFAULT_MAX_FAILURES = 1000;
const DEFAULT_MAX_HELD = 10_000;

/**
 * Verifies the hash chains of a log read in position order, one event at a time: it keeps per stream only the
 * last hash and revision (plus whatever disorder it found), so a log of any length fits in memory.
 */
export class ChainVerifier {
  private readonly streams = new Map<string, StreamChainChecker>();
  private readonly waiting = new Set<StreamChainChecker>();
  private readonly failures: FailureLog;
  private readonly maxHeld: number;
  private held = 0;
  private eventsChecked = 0;
  private finished: VerificationReport | undefined;

  constructor(options: ChainVerifierOptions = {}) {
    this.failures = new FailureLog(options.maxFailures ?? DEFAULT_MAX_FAILURES);
    this.maxHeld = options.maxHeld ?? DEFAULT_MAX_HELD;
  }

  /** Events held right now; stays near `maxHeld` however disordered the log is. */
  get heldEvents(): number {
    return this.held;
  }

  add(event: VerifiableEvent): void {
    if (this.finished) throw new Error('The verifier has already reported');
    this.eventsChecked++;
    const prevHash = event.metadata.prevHash;
    const hash = event.metadata.hash;
    const chained = typeof prevHash === 'string' && typeof hash === 'string';
    if (!chained) {
      this.failures.add(event.stream, event.revision, 'changed_content', 'it carries no prevHash and hash');
    } else if (eventHash(prevHash, event) !== hash) {
      this.failures.add(
        event.stream,
        event.revision,
        'changed_content',
        'its type, data or metadata no longer hash to its recorded hash',
      );
    }
    const checker = this.checkerOf(event.stream);
    this.track(checker, () =>
      checker.accept({
        revision: event.revision,
        position: event.position,
        prevHash: chained ? prevHash : '',
        hash: chained ? hash : '',
        chained,
      }),
    );
    this.keepWithinBudget(checker);
  }

  report(): VerificationReport {
    if (this.finished) return this.finished;
    for (const checker of this.streams.values()) this.track(checker, () => checker.finish());
    this.finished = {
      ok: this.failures.count === 0,
      streamsChecked: this.streams.size,
      eventsChecked: this.eventsChecked,
      failures: this.failures.sorted(),
      failuresOmitted: this.failures.omittedCount,
    };
    return this.finished;
  }

  private checkerOf(stream: string): StreamChainChecker {
    let checker = this.streams.get(stream);
    if (!checker) {
      checker = new StreamChainChecker(stream, this.failures);
      this.streams.set(stream, checker);
    }
    return checker;
  }

  private track(checker: StreamChainChecker, work: () => void): void {
    const before = checker.held;
    work();
    this.held += checker.held - before;
    if (checker.waiting) this.waiting.add(checker);
    else this.waiting.delete(checker);
  }

  /** Past the budget, the longest wait gives up first; breaks still unexplained are then explained early. */
  private keepWithinBudget(current: StreamChainChecker): void {
    for (const oldest of this.waiting) {
      if (this.held <= this.maxHeld) return;
      this.track(oldest, () => oldest.giveUp());
    }
    if (this.held > this.maxHeld) this.track(current, () => current.explainBreaks());
  }
}

/** Verifies a whole log (a store read, an export file) streamed in position order. */
export async function verifyChain(
  events: AsyncIterable<VerifiableEvent> | Iterable<VerifiableEvent>,
  options: VerifyChainOptions = {},
): Promise<VerificationReport> {
  const verifier = new ChainVerifier(options);
  let count = 0;
  for await (const event of events) {
    verifier.add(event);
    options.onEvent?.(event, ++count);
  }
  return verifier.report();
}
