import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decide, recommendationDecider } from '../../domain';
import { EventStreamRepository, recommendationStream, type CommandResult } from '../shared';
import { ReopenReviewCommand } from './reopen-review.command';

@CommandHandler(ReopenReviewCommand)
export class ReopenReviewHandler implements ICommandHandler<ReopenReviewCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ReopenReviewCommand): Promise<CommandResult> {
    const stream = recommendationStream(payload.recommendationId);
    const appended = await this.streams.execute(
      stream,
      recommendationDecider,
      (state) => decide(payload, state),
      context,
    );
    return { id: payload.recommendationId, ...appended };
  }
}
