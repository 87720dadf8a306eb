import { Command } from '@nestjs/cqrs';
import type { Correct } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class CorrectRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Correct,
    readonly context: CommandContext,
  ) {
    super();
  }
}
