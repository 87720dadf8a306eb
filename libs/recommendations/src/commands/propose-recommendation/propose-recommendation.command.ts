import { Command } from '@nestjs/cqrs';
import type { Propose } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class ProposeRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Propose,
    readonly context: CommandContext,
  ) {
    super();
  }
}
