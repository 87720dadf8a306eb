import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import { ArchiveRecommendationCommand } from './archive-recommendation.command';

@CommandHandler(ArchiveRecommendationCommand)
export class ArchiveRecommendationHandler implements ICommandHandler<ArchiveRecommendationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ArchiveRecommendationCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
