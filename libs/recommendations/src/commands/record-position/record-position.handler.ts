import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import { RecordPositionCommand } from './record-position.command';

@CommandHandler(RecordPositionCommand)
export class RecordPositionHandler implements ICommandHandler<RecordPositionCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: RecordPositionCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
