import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import { AddTranslationCommand } from './add-translation.command';

@CommandHandler(AddTranslationCommand)
export class AddTranslationHandler implements ICommandHandler<AddTranslationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: AddTranslationCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
