import {
  SqliteEventStore,
  type AppendOptions,
  type AppendResult,
  type EventToAppend,
  type StreamWrite,
} from '@app/event-store';

/**
 * The embedded store made to behave like EventStoreDB (appendMany writes stream by stream, not atomically) and to
 * die once, when told, just before it writes an Idempotency-Key record: the window between the two writes.
 */
export class CrashBeforeKeyRecordStore extends SqliteEventStore {
  override readonly atomicAppendMany = false;
  private crashes = 0;

  constructor(file: string) {
    super({ file });
  }

  crashOnNextKeyRecord(): void {
    this.crashes++;
  }

  override async append(
    stream: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    if (stream.startsWith('idempotency-') && this.crashes > 0) {
      this.crashes--;
      throw new Error('simulated crash before the key record');
    }
    return super.append(stream, events, options);
  }

  override async appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    const results: AppendResult[] = [];
    for (const write of writes) {
      results.push(
        await this.append(write.stream, write.events, { expectedRevision: write.expectedRevision }),
      );
    }
    return results;
  }
}
