import type { EventStore, RecordedEvent } from '@app/event-store';

export interface MigrationProgress {
  copied: number;
  position: bigint;
  head: bigint;
}

export interface MigrationOptions {
  source: EventStore;
  target: EventStore;
  /** Source position already copied (exclusive start). */
  fromPosition: bigint;
  /** Called after each batch lands on the target; persist the checkpoint here. */
  onBatch: (progress: MigrationProgress) => void;
  signal?: AbortSignal;
  pageSize?: number;
}

/**
 * Copies every event in global order with its id, type, data and full metadata, so the hash chain still verifies
 * on the target. Each event goes to its original revision: an event copied before an interruption is recognised by
 * its id and not written twice, and anything else at that revision is a conflict that stops the migration.
 */
export async function migrateEvents(options: MigrationOptions): Promise<MigrationProgress> {
  const { source, target, onBatch, signal } = options;
  const head = await source.headPosition();
  const progress: MigrationProgress = { copied: 0, position: options.fromPosition, head };
  while (!signal?.aborted) {
    const page = await source.readAll({ fromPosition: progress.position, maxCount: options.pageSize ?? 500 });
    if (page.length === 0) break;
    for (const run of sameStreamRuns(page)) {
      if (signal?.aborted) break;
      const first = run[0];
      await target.append(
        first.stream,
        run.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })),
        { expectedRevision: first.revision === 0n ? 'no_stream' : first.revision - 1n },
      );
      progress.copied += run.length;
      progress.position = run[run.length - 1].position;
      onBatch({ ...progress });
    }
  }
  return progress;
}

/** Consecutive events of one stream travel in one append, as they were written. */
function sameStreamRuns(events: RecordedEvent[]): RecordedEvent[][] {
  const runs: RecordedEvent[][] = [];
  for (const event of events) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1].stream === event.stream) last.push(event);
    else runs.push([event]);
  }
  return runs;
}
