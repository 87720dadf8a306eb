import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import { MarkImplementedCommand } from './mark-implemented.command';

@CommandHandler(MarkImplementedCommand)
export class MarkImplementedHandler implements ICommandHandler<MarkImplementedCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: MarkImplementedCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
