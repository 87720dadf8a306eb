import { Command } from '@nestjs/cqrs';
import type { ReopenReview } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class ReopenReviewCommand extends Command<CommandResult> {
  constructor(
    readonly payload: ReopenReview,
    readonly context: CommandContext,
  ) {
    super();
  }
}
