import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { EventStreamRepository, latestCalendarDate, type CommandResult } from '../common';
import { DeferResponseCommand } from './defer-response.command';

@CommandHandler(DeferResponseCommand)
export class DeferResponseHandler implements ICommandHandler<DeferResponseCommand> {
  constructor(
    private readonly streams: EventStreamRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ payload, context }: DeferResponseCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(
      { ...payload, today: latestCalendarDate(this.clock()) },
      context,
    );
  }
}
