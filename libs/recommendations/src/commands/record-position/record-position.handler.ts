import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { EventStreamRepository, latestCalendarDate, type CommandResult } from '../common';
import { RecordPositionCommand } from './record-position.command';

@CommandHandler(RecordPositionCommand)
export class RecordPositionHandler implements ICommandHandler<RecordPositionCommand> {
  constructor(
    private readonly streams: EventStreamRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ payload, context }: RecordPositionCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(
      { ...payload, today: latestCalendarDate(this.clock()) },
      context,
    );
  }
}
