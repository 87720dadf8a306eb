import { Command } from '@nestjs/cqrs';
import type { Withdraw } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class WithdrawRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Withdraw,
    readonly context: CommandContext,
  ) {
    super();
  }
}
