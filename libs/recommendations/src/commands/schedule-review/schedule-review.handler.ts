import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import { ScheduleReviewCommand } from './schedule-review.command';

@CommandHandler(ScheduleReviewCommand)
export class ScheduleReviewHandler implements ICommandHandler<ScheduleReviewCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ScheduleReviewCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
