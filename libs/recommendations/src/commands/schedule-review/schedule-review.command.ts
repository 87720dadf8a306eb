import { Command } from '@nestjs/cqrs';
import type { ScheduleReview } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class ScheduleReviewCommand extends Command<CommandResult> {
  constructor(
    readonly payload: ScheduleReview,
    readonly context: CommandContext,
  ) {
    super();
  }
}
