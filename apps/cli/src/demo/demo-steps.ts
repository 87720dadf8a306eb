import type { Command, CommandBus } from '@nestjs/cqrs';
import { createHash } from 'node:crypto';
import { AppError } from '@app/errors';
import { canonicalJson, type EventStore } from '@app/event-store';
import { idempotencyStream, type Actor, type CommandContext, type CommandResult } from '@app/recommendations';

/** The demo's people: invented actors, one per role, and one focal point per institution. */
export const demoActor = (role: 'secretariat' | 'reviewer'): Actor => ({ id: `demo-${role}`, role });
export const demoFocalPoint = (institutionId: string): Actor => ({
  id: `demo-focal-point-${institutionId}`,
  role: 'focal_point',
});

/** Keys derived from the scenario make a second run append nothing. */
export function demoContext(actor: Actor, key: string, body: object): CommandContext {
  return {
    actor,
    correlationId: 'demo-scenario',
    causationId: key,
    commandId: key,
    idempotencyKey: key,
    requestHash: createHash('sha256').update(canonicalJson(body)).digest('hex'),
  };
}

export const hasEvents = async (store: EventStore, stream: string): Promise<boolean> =>
  (await store.readStream(stream, { maxCount: 1 })).length > 0;

/** One command of the demo under its own idempotency key; `what` names it in the summary. */
export interface DemoCommand {
  key: string;
  actor: Actor;
  body: object;
  what: string;
  command: (context: CommandContext) => Command<CommandResult>;
}

export type StepCount = { done: number; existing: number };

/**
 * Runs the commands in order: one already run (its key is taken) is counted as existing, and the first the store
 * refuses ends the sequence (someone moved the record on since the last demo), named in `skipped`.
 */
export async function runInOrder(
  store: EventStore,
  bus: CommandBus,
  commands: readonly DemoCommand[],
  count: StepCount,
  skipped: string[],
): Promise<void> {
  for (const { key, actor, body, what, command } of commands) {
    if (await hasEvents(store, idempotencyStream(actor.id, key))) {
      count.existing++;
      continue;
    }
    try {
      await bus.execute(command(demoContext(actor, key, body)));
      count.done++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      skipped.push(`${what} and after (${error.message})`);
      return;
    }
  }
}
