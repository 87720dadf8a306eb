import { Command } from '@nestjs/cqrs';
import type { AddTranslation } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class AddTranslationCommand extends Command<CommandResult> {
  constructor(
    readonly payload: AddTranslation,
    readonly context: CommandContext,
  ) {
    super();
  }
}
