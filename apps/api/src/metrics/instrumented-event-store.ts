import {
  WrongExpectedVersionError,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ReadAllOptions,
  type ReadStreamOptions,
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

  async append(
    stream: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const stop = this.metrics.appendDuration.startTimer();
    try {
      const result = await this.inner.append(stream, events, options);
      this.metrics.appends.inc({ outcome: 'ok' });
      this.metrics.appendedEvents.inc(events.length);
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
