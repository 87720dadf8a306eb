import { hostname } from 'node:os';
import type { ProjectionState } from './projection-state';
import type { ReadModelDatabase } from './read-model-database';

/** A projection is followed by a runner and, at times, rebuilt by a rebuild; either may run in another process. */
export type ActivityRole = 'runner' | 'rebuild';

export interface Activity {
  state: ProjectionState;
  process: string;
  heartbeatAt: string;
  detail: string | null;
}

/** Each process records what it is doing with a heartbeat, so `cli projections status` sees an API's projector. */
export class ActivityStore {
  readonly process = `${hostname()}:${process.pid}`;

  constructor(
    private readonly db: ReadModelDatabase,
    private readonly wallClock: () => Date,
    private readonly staleAfterMs: number,
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS projection_activity (
      name TEXT NOT NULL,
      role TEXT NOT NULL,
      state TEXT NOT NULL,
      process TEXT NOT NULL,
      heartbeat_at TEXT NOT NULL,
      detail TEXT,
      PRIMARY KEY (name, role)
    )`);
  }

  record(name: string, role: ActivityRole, state: ProjectionState, detail: string | null = null): void {
    this.db
      .prepare(
        `INSERT INTO projection_activity (name, role, state, process, heartbeat_at, detail)
         VALUES (@name, @role, @state, @process, @at, @detail)
         ON CONFLICT (name, role) DO UPDATE SET state = excluded.state, process = excluded.process,
           heartbeat_at = excluded.heartbeat_at, detail = excluded.detail`,
      )
      .run({ name, role, state, process: this.process, at: this.wallClock().toISOString(), detail });
  }

  /** The activity if its process is still beating; a killed process's last word goes stale. */
  live(name: string, role: ActivityRole): Activity | undefined {
    const row = this.db
      .prepare<
        [string, string],
        { state: ProjectionState; process: string; heartbeat_at: string; detail: string | null }
      >('SELECT state, process, heartbeat_at, detail FROM projection_activity WHERE name = ? AND role = ?')
      .get(name, role);
    if (!row || this.wallClock().getTime() - Date.parse(row.heartbeat_at) > this.staleAfterMs)
      return undefined;
    return { state: row.state, process: row.process, heartbeatAt: row.heartbeat_at, detail: row.detail };
  }
}
