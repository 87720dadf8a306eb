import { Command } from '@nestjs/cqrs';
import type { CreateAction } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

/** The handler derives the id from plan and number and looks up the plan and institutions. */
export class CreateActionCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Omit<CreateAction, 'actionId' | 'context'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
