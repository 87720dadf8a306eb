import { setTimeout as sleep } from 'node:timers/promises';
import {
  SqliteEventStore,
  type AppendOptions,
  type AppendResult,
  type EventToAppend,
  type StreamWrite,
} from '@app/event-store';

/** The embedded store on a slow disk: every append waits before committing, so concurrent requests all read first. */
export class SlowCommitStore extends SqliteEventStore {
  constructor(
    file: string,
    private readonly delayMs = 20,
  ) {
    super({ file });
  }

  override async append(
    stream: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    await sleep(this.delayMs);
    return super.append(stream, events, options);
  }

  override async appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    await sleep(this.delayMs);
    return super.appendMany(writes);
  }
}
