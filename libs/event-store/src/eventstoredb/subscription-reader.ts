import type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  Position as ClientPosition,
} from '@eventstore/db-client';

export type ReaderItem =
  | { kind: 'event'; resolved: AllStreamResolvedEvent }
  | { kind: 'checkpoint'; position: ClientPosition }
  | { kind: 'caught-up' };

interface Mark {
  /** Due once this many events have been read: the events the client had buffered before the signal. */
  after: number;
  item: ReaderItem;
}

const noop = (): void => undefined;

/**
 * Pulls one client subscription in server order. The client reports "caught up" and checkpoints as events beside
 * the stream of events, possibly while earlier events still wait in its buffer; each signal is therefore held back
 * until every event buffered before it has been read.
 */
export class SubscriptionReader {
  private subscription: AllStreamSubscription | undefined;
  private readonly marks: Mark[] = [];
  private consumed = 0;
  private failure: unknown;
  private ended = false;
  private signalled = false;
  private wake: () => void = noop;

  constructor(private readonly stop: AbortSignal) {
    stop.addEventListener('abort', this.notify);
  }

  attach(subscription: AllStreamSubscription): void {
    this.subscription = subscription;
    subscription
      .on('readable', this.notify)
      .on('end', () => this.finish())
      .on('close', () => this.finish())
      .on('error', (error: Error) => {
        this.failure ??= error;
        this.notify();
      })
      .on('caughtUp', () => this.mark({ kind: 'caught-up' }));
  }

  /** Called by the client's filter when the server reports how far it has searched. */
  checkpoint(position: ClientPosition): void {
    this.mark({ kind: 'checkpoint', position });
  }

  /** The next event or signal; undefined when stopped or when the server ended the subscription. */
  async next(): Promise<ReaderItem | undefined> {
    const subscription = this.subscription;
    if (!subscription) throw new Error('SubscriptionReader.next() called before attach()');
    for (;;) {
      this.signalled = false;
      if (this.stop.aborted) return undefined;
      const due = this.marks[0];
      if (due && due.after <= this.consumed) {
        this.marks.shift();
        return due.item;
      }
      const resolved = subscription.read() as AllStreamResolvedEvent | null;
      if (resolved !== null) {
        this.consumed += 1;
        return { kind: 'event', resolved };
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.ended) return undefined;
      // A signal raised while reading (the client processes messages inside read()) must not be slept through.
      if (!this.signalled) await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Cancels the server call; safe to call more than once. */
  async close(): Promise<void> {
    this.stop.removeEventListener('abort', this.notify);
    const subscription = this.subscription;
    if (!subscription || subscription.destroyed) return;
    try {
      await subscription.unsubscribe();
    } catch {
      // The call may never have started (no connection): there is nothing to cancel then.
    }
    subscription.destroy();
  }

  private mark(item: ReaderItem): void {
    this.marks.push({ after: this.consumed + (this.subscription?.readableLength ?? 0), item });
    this.notify();
  }

  private finish(): void {
    this.ended = true;
    this.notify();
  }

  private readonly notify = (): void => {
    this.signalled = true;
    const wake = this.wake;
    this.wake = noop;
    wake();
  };
}
