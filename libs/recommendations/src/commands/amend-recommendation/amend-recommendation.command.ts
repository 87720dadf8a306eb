import { Command } from '@nestjs/cqrs';
import type { Amend } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class AmendRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Amend,
    readonly context: CommandContext,
  ) {
    super();
  }
}
