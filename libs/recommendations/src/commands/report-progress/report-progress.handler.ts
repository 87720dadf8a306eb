import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import { ReportProgressCommand } from './report-progress.command';

@CommandHandler(ReportProgressCommand)
export class ReportProgressHandler implements ICommandHandler<ReportProgressCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ReportProgressCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
