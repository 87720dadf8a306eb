import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import {
  PublishRecommendationCommand,
  UnpublishRecommendationCommand,
} from './publish-recommendation.command';

@CommandHandler(PublishRecommendationCommand)
export class PublishRecommendationHandler implements ICommandHandler<PublishRecommendationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  execute({ payload, context }: PublishRecommendationCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}

@CommandHandler(UnpublishRecommendationCommand)
export class UnpublishRecommendationHandler implements ICommandHandler<UnpublishRecommendationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  execute({ payload, context }: UnpublishRecommendationCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
