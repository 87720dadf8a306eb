import {
  WrongExpectedVersionError,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StreamWrite,
  type SubscribeToAllOptions,
} from '@app/event-store';
import type { MetricsRegistry } from './metrics.registry';

/** Counts and times appends on their way to the real store; everything else passes straight through. */
export class InstrumentedEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly metrics: MetricsRegistry,
  ) {}

  get kind(): string {
    return this.inner.kind;
  }

  get atomicAppendMany(): boolean {
    return this.inner.atomicAppendMany;
  }

  append(stream: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    return this.measured(events.length, () => this.inner.append(stream, events, options));
  }

  appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    const count = writes.reduce((sum, write) => sum + write.events.length, 0);
    return this.measured(count, () => this.inner.appendMany(writes));
  }

  private async measured<T>(eventCount: number, append: () => Promise<T>): Promise<T> {
    const stop = this.metrics.appendDuration.startTimer();
    try {
      const result = await append();
      this.metrics.appends.inc({ outcome: 'ok' });
      this.metrics.appendedEvents.inc(eventCount);
      return result;
    } catch (error) {
      this.metrics.appends.inc({
        outcome: error instanceof WrongExpectedVersionError ? 'conflict' : 'error',
      });
      throw error;
    } finally {
      stop();
    }
  }

  readStream(stream: string, options?: ReadStreamOptions) {
    return this.inner.readStream(stream, options);
  }

  readAll(options?: ReadAllOptions) {
    return this.inner.readAll(options);
  }

  subscribeToAll(options?: SubscribeToAllOptions) {
    return this.inner.subscribeToAll(options);
  }

  headPosition() {
    return this.inner.headPosition();
  }

  health() {
    return this.inner.health();
  }

  close() {
    return this.inner.close();
  }
}
