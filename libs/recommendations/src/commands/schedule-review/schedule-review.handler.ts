import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decide, recommendationDecider } from '../../domain';
import { EventStreamRepository, recommendationStream, type CommandResult } from '../shared';
import { ScheduleReviewCommand } from './schedule-review.command';

@CommandHandler(ScheduleReviewCommand)
export class ScheduleReviewHandler implements ICommandHandler<ScheduleReviewCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ScheduleReviewCommand): Promise<CommandResult> {
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
