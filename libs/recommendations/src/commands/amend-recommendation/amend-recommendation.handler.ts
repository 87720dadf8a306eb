import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import { AmendRecommendationCommand } from './amend-recommendation.command';

@CommandHandler(AmendRecommendationCommand)
export class AmendRecommendationHandler implements ICommandHandler<AmendRecommendationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: AmendRecommendationCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
