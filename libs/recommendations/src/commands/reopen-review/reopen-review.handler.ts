import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import { ReopenReviewCommand } from './reopen-review.command';

@CommandHandler(ReopenReviewCommand)
export class ReopenReviewHandler implements ICommandHandler<ReopenReviewCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ReopenReviewCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
