import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decide, recommendationDecider } from '../../domain';
import { EventStreamRepository, recommendationStream, type CommandResult } from '../shared';
import { ArchiveRecommendationCommand } from './archive-recommendation.command';

@CommandHandler(ArchiveRecommendationCommand)
export class ArchiveRecommendationHandler implements ICommandHandler<ArchiveRecommendationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ArchiveRecommendationCommand): Promise<CommandResult> {
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
