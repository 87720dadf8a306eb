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

  async answer<T>(
    projection: string,
    consistentWith: Position | undefined,
    read: () => T,
  ): Promise<ReadModelAnswer<T>> {
    if (consistentWith !== undefined)
      await this.runtime.ensureAt([projection], consistentWith, this.timeoutMs);
    return this.db.read(() => ({ position: this.runtime.checkpoints.position(projection), value: read() }));
  }
}
