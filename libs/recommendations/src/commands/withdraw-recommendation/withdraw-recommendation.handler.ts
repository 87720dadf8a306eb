import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import { WithdrawRecommendationCommand } from './withdraw-recommendation.command';

@CommandHandler(WithdrawRecommendationCommand)
export class WithdrawRecommendationHandler implements ICommandHandler<WithdrawRecommendationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: WithdrawRecommendationCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
