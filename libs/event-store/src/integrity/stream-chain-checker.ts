import type { FailureLog } from './failure-log';
import { ZERO_HASH } from './hash-chain';

/** One event as the link check needs it; its content was checked when it arrived. */
export interface ChainLink {
  revision: bigint;
  position: bigint;
  prevHash: string;
  hash: string;
  /** False when the event carries no chain fields; its links cannot be checked either way. */
  chained: boolean;
}

/** An event whose prevHash is not the hash of the event stored before it. */
interface LinkBreak {
  revision: bigint;
  prevHash: string;
  hash: string;
  /** Whether the event after it fails to link to it as well; unknown until that event is checked. */
  nextAlsoBroken?: boolean;
}

/** What a stream keeps once something is out of place; it grows with the disorder found, never with the log. */
class Disorder {
  /** Events that arrived ahead of a missing revision. */
  readonly early = new Map<bigint, ChainLink>();
  /** Arrivals, in log order, since the window opened. */
  run: ChainLink[] = [];
  breaks: LinkBreak[] = [];
  /** Hashes known to be in this stream: the ends of every broken link, of every gap, and of the stream. */
  readonly known = new Set<string>([ZERO_HASH]);
  /** Revisions declared missing. */
  readonly givenUp: Array<[bigint, bigint]> = [];
}

const short = (hash: string): string => `${hash.slice(0, 12)}…`;
const byRevision = (a: ChainLink, b: ChainLink): number =>
  a.revision < b.revision ? -1 : a.revision > b.revision ? 1 : 0;

/**
 * Checks one stream's chain in revision order while its events arrive in log order. Events that arrive ahead of
 * a missing revision wait in a window, so what is held grows with the disorder found, never with the log.
 */
export class StreamChainChecker {
  private next = 0n;
  private lastHash: string | undefined;
  private lastChained = true;
  private lastBreak: LinkBreak | undefined;
  private lastPosition: bigint | undefined;
  /** Created at the first sign of disorder, so an intact stream costs only the fields above. */
  private disorder: Disorder | undefined;

  constructor(
    readonly stream: string,
    private readonly failures: FailureLog,
  ) {}

  get held(): number {
    return this.disorder ? this.disorder.run.length + this.disorder.breaks.length : 0;
  }

  get waiting(): boolean {
    return (this.disorder?.early.size ?? 0) > 0;
  }

  private get found(): Disorder {
    this.disorder ??= new Disorder();
    return this.disorder;
  }

  accept(event: ChainLink): void {
    if (this.lastPosition !== undefined && event.position <= this.lastPosition) {
      this.failures.add(
        this.stream,
        event.revision,
        'reordered_event',
        `its position ${event.position} is not after position ${this.lastPosition}, read before it in this stream`,
      );
    }
    this.lastPosition = event.position;
    if (event.revision < this.next || this.disorder?.early.has(event.revision)) return this.repeated(event);
    if (this.waiting || event.revision > this.next) this.found.run.push(event);
    if (event.revision > this.next) {
      this.found.early.set(event.revision, event);
      return;
    }
    this.link(event, false);
    this.drain();
  }

  /** Stops waiting: the revisions still absent are missing, and what waited behind them is checked now. */
  giveUp(): void {
    const early = this.disorder?.early;
    while (early && early.size > 0) {
      let lowest: bigint | undefined;
      for (const revision of early.keys()) if (lowest === undefined || revision < lowest) lowest = revision;
      const first = early.get(lowest as bigint) as ChainLink;
      this.missing(this.next, first.revision - 1n);
      early.delete(first.revision);
      this.link(first, true);
      this.drain();
    }
  }

  /** The stream has no more events: report what is missing, then explain every broken link. */
  finish(): void {
    this.giveUp();
    if (!this.disorder) return;
    if (this.lastHash !== undefined && this.lastChained) this.disorder.known.add(this.lastHash);
    if (this.lastBreak && this.lastBreak.nextAlsoBroken === undefined) this.lastBreak.nextAlsoBroken = true;
    this.explainBreaks();
  }

  /**
   * A break whose successor is broken too, and whose prevHash names an event of this stream, is an event moved
   * out of its place; a break that only points at such a moved event follows from it; any other is a broken link.
   */
  explainBreaks(): void {
    if (!this.disorder) return;
    const { breaks, known } = this.disorder;
    const settled = breaks.filter((found) => found.nextAlsoBroken !== undefined);
    this.disorder.breaks = breaks.filter((found) => found.nextAlsoBroken === undefined);
    const moved = settled.filter((found) => found.nextAlsoBroken && known.has(found.prevHash));
    const movedHashes = new Set(moved.map((found) => found.hash));
    for (const found of moved) {
      const expected =
        found.revision === 0n ? 'the zero hash' : `the hash of revision ${found.revision - 1n}`;
      this.failures.add(
        this.stream,
        found.revision,
        'reordered_event',
        `its prevHash ${short(found.prevHash)} is not ${expected} but that of another event of this stream`,
      );
    }
    for (const found of settled) {
      if (moved.includes(found) || movedHashes.has(found.prevHash)) continue;
      const expected =
        found.revision === 0n ? 'the zero hash' : `the hash of revision ${found.revision - 1n}`;
      this.failures.add(
        this.stream,
        found.revision,
        'broken_link',
        `its prevHash ${short(found.prevHash)} is not ${expected}`,
      );
    }
  }

  private link(event: ChainLink, afterGap: boolean): void {
    const checkable = !afterGap && this.lastChained && event.chained;
    const expected = this.lastHash ?? ZERO_HASH;
    if (this.lastBreak) this.lastBreak.nextAlsoBroken = !checkable || event.prevHash !== expected;
    if (!checkable && this.lastHash !== undefined && this.lastChained) this.found.known.add(this.lastHash);
    let broken: LinkBreak | undefined;
    if (checkable && event.prevHash !== expected) {
      broken = { revision: event.revision, prevHash: event.prevHash, hash: event.hash };
      this.found.breaks.push(broken);
      this.found.known.add(expected);
    }
    this.lastHash = event.hash;
    this.lastChained = event.chained;
    this.lastBreak = broken;
    this.next = event.revision + 1n;
  }

  private drain(): void {
    if (!this.disorder) return;
    const { early } = this.disorder;
    for (let held = early.get(this.next); held; held = early.get(this.next)) {
      early.delete(held.revision);
      this.link(held, false);
    }
    if (early.size === 0 && this.disorder.run.length > 0) this.closeRun(this.disorder);
  }

  /** In a disordered stretch, an event whose place in the log is not its place in revision order was moved. */
  private closeRun(disorder: Disorder): void {
    const inOrder = [...disorder.run].sort(byRevision);
    disorder.run.forEach((event, index) => {
      if (event === inOrder[index]) return;
      this.failures.add(
        this.stream,
        event.revision,
        'reordered_event',
        `it is stored at position ${event.position}, out of revision order in the log`,
      );
    });
    disorder.run = [];
  }

  private missing(from: bigint, to: bigint): void {
    this.found.givenUp.push([from, to]);
    const which = from === to ? `revision ${from} is` : `revisions ${from} to ${to} are`;
    this.failures.add(this.stream, from, 'missing_event', `${which} not in the log`);
  }

  private repeated(event: ChainLink): void {
    const late = this.disorder?.givenUp.some(([from, to]) => event.revision >= from && event.revision <= to);
    if (late) {
      this.failures.add(
        this.stream,
        event.revision,
        'reordered_event',
        `it is stored at position ${event.position}, far after later revisions (it was first reported missing)`,
      );
      return;
    }
    this.failures.add(
      this.stream,
      event.revision,
      'duplicate_event',
      `revision ${event.revision} is stored more than once (again at position ${event.position})`,
    );
  }
}
