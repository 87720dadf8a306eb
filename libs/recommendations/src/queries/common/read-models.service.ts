import { Inject, Injectable } from '@nestjs/common';
import type { Position } from '@app/event-store';
import { ProjectionRuntime, ReadModelDatabase } from '@app/projections';

/** docs/api.md: `?consistentWith=` waits this long for the read models before answering 504 PROJECTION_BEHIND. */
export const CONSISTENCY_TIMEOUT_MS = Symbol('CONSISTENCY_TIMEOUT_MS');
export const DEFAULT_CONSISTENCY_TIMEOUT_MS = 5000;

/** A read-model answer and the log position it reflects (the X-Projection-Position header). */
export interface ReadModelAnswer<T> {
  position: Position;
  value: T;
}

/** The one way queries read: wait for a position if asked, then read rows and checkpoint from one snapshot. */
@Injectable()
export class ReadModels {
  constructor(
    readonly db: ReadModelDatabase,
    private readonly runtime: ProjectionRuntime,
    @Inject(CONSISTENCY_TIMEOUT_MS) private readonly timeoutMs: number,
  ) {}

  /** Several projections: waits for each, and answers the position all of them have reached. */
  async answer<T>(
    projection: string | readonly string[],
    consistentWith: Position | undefined,
    read: () => T,
  ): Promise<ReadModelAnswer<T>> {
    const names = typeof projection === 'string' ? [projection] : [...projection];
    if (consistentWith !== undefined) await this.runtime.ensureAt(names, consistentWith, this.timeoutMs);
    return this.db.read(() => ({ position: this.lowestPosition(names), value: read() }));
  }

  private lowestPosition(names: readonly string[]): Position {
    const positions = names.map((name) => this.runtime.checkpoints.position(name));
    return positions.reduce((lowest, position) => (position < lowest ? position : lowest));
  }
}
