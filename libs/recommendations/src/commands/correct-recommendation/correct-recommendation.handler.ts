import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import { CorrectRecommendationCommand } from './correct-recommendation.command';

@CommandHandler(CorrectRecommendationCommand)
export class CorrectRecommendationHandler implements ICommandHandler<CorrectRecommendationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: CorrectRecommendationCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
