import type { JsonObject, RecordedEvent } from '@app/event-store';
import { ProjectionSandbox, type Projection } from '@app/projections';

type Rows = Record<string, string | number | null>[];

export interface EventMeta {
  at: string;
  actor?: { id: string; role: string };
}

/** Stored events as the log would hand them over: positions count up across streams, revisions within one. */
export class EventLog {
  private position = 0n;
  private readonly revisions = new Map<string, bigint>();

  record(stream: string, event: { type: string; data: object }, meta: EventMeta): RecordedEvent {
    const revision = (this.revisions.get(stream) ?? -1n) + 1n;
    this.revisions.set(stream, revision);
    this.position += 1n;
    return {
      id: `00000000-0000-4000-8000-${this.position.toString().padStart(12, '0')}`,
      stream,
      revision,
      position: this.position,
      type: event.type,
      data: event.data as JsonObject,
      metadata: { actor: meta.actor ?? { id: 'amina', role: 'secretariat' }, occurredAt: meta.at },
      recordedAt: meta.at,
    };
  }
}

export interface ProjectionThen {
  /** Asserts the rows of each named table, in the sandbox's stable order. */
  then(expected: Record<string, Rows>): void;
  thenThrows(errorClass: new (...args: never[]) => Error): void;
}

/** Given/when/then for projections: events in, rows out, through the runtime's own writer. */
export function projectionSpec(projection: Projection) {
  return {
    given: (history: readonly RecordedEvent[]) => ({
      when: (...events: RecordedEvent[]): ProjectionThen => ({
        then(expected) {
          const sandbox = new ProjectionSandbox(projection);
          try {
            sandbox.apply(history);
            sandbox.apply(events);
            for (const [table, rows] of Object.entries(expected)) expect(sandbox.rows(table)).toEqual(rows);
          } finally {
            sandbox.close();
          }
        },
        thenThrows(errorClass) {
          const sandbox = new ProjectionSandbox(projection);
          try {
            sandbox.apply(history);
            expect(() => sandbox.apply(events)).toThrow(errorClass);
          } finally {
            sandbox.close();
          }
        },
      }),
    }),
  };
}

/** Matches a JSON column whose parsed value contains `expected` (like toMatchObject). */
export function jsonMatching(expected: object): string {
  const matcher = {
    asymmetricMatch: (actual: unknown): boolean => {
      try {
        expect(JSON.parse(String(actual))).toMatchObject(expected);
        return true;
      } catch {
        return false;
      }
    },
    toString: () => `JSON matching ${JSON.stringify(expected)}`,
    toAsymmetricMatcher: () => `JSON matching ${JSON.stringify(expected)}`,
  };
  return matcher as unknown as string;
}
