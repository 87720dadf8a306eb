import { Command } from '@nestjs/cqrs';
import type { ActionCommand, CreateAction } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

type Looked = 'context' | 'unknownRecommendationIds' | 'today';
type WithoutLooked<C> = C extends unknown ? Omit<C, Looked> : never;

/** Every command on an existing action, as the caller gives it; the handler adds what it looks up. */
export type ActionChange = WithoutLooked<Exclude<ActionCommand, CreateAction>>;

export class ChangeActionCommand extends Command<CommandResult> {
  constructor(
    readonly payload: ActionChange,
    readonly context: CommandContext,
  ) {
    super();
  }
}
