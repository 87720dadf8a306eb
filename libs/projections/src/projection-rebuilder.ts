import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EventStore, Position } from '@app/event-store';
import type { CheckpointStore } from './checkpoint-store';
import { EventApplier } from './event-applier';
import type { ParkedEventStore } from './parked-event-store';
import type { Projection } from './projection';
import type { ProjectionTables } from './projection-tables';
import type { RebuildProgress, RebuildResult } from './projection-state';
import type { ReadModelDatabase } from './read-model-database';

export interface RebuildDependencies {
  db: ReadModelDatabase;
  store: EventStore;
  checkpoints: CheckpointStore;
  tables: ProjectionTables;
  parked: ParkedEventStore;
  batchSize: number;
  onCommit(name: string, position: Position): void;
}

export interface RebuildOptions {
  onProgress?: (progress: RebuildProgress) => void;
  signal?: AbortSignal;
}

/** Builds from 0 into shadow tables while live ones answer; swaps once caught up, so no reader sees less. */
export async function rebuildProjection(
  projection: Projection,
  deps: RebuildDependencies,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const started = process.hrtime.bigint();
  const { db, store, tables, parked, batchSize } = deps;
  db.write(() => {
    tables.drop(projection, 'shadow');
    tables.create(projection, 'shadow');
    parked.clear(projection.name, 'shadow');
  });
  // The rebuild parks what it cannot apply in a list of its own, which replaces the live one at the swap.
  const applier = new EventApplier(db, projection, parked, 'shadow');
  let position = 0n;
  let events = 0;
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      const page = await store.readAll({ fromPosition: position, maxCount: batchSize });
      if (page.length > 0) {
        db.write(() => applier.applyAll(page));
        position = page[page.length - 1].position;
        events += page.length;
        options.onProgress?.({ name: projection.name, position, events, head: await store.headPosition() });
      }
      if (page.length < batchSize && swapWhenCaughtUp(projection, deps, position)) break;
      // Between batches the event loop serves reads from the live tables.
      await nextTurn();
    }
  } catch (error) {
    db.write(() => {
      tables.drop(projection, 'shadow');
      parked.clear(projection.name, 'shadow');
    });
    throw error;
  }
  deps.onCommit(projection.name, position);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { name: projection.name, position, events, seconds };
}

/** Swaps only when the shadow is at or past the live checkpoint; otherwise the caller reads on. */
function swapWhenCaughtUp(projection: Projection, deps: RebuildDependencies, position: Position): boolean {
  return deps.db.write(() => {
    if (deps.checkpoints.position(projection.name) > position) return false;
    deps.tables.swap(projection);
    deps.parked.promoteShadow(projection.name);
    deps.checkpoints.set(projection.name, { position, version: projection.version });
    return true;
  });
}
