import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decide, recommendationDecider } from '../../domain';
import { EventStreamRepository, recommendationStream, type CommandResult } from '../shared';
import { ReportProgressCommand } from './report-progress.command';

@CommandHandler(ReportProgressCommand)
export class ReportProgressHandler implements ICommandHandler<ReportProgressCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ReportProgressCommand): Promise<CommandResult> {
    const stream = recommendationStream(payload.recommendationId);
    const appended = await this.streams.execute(
      stream,
      recommendationDecider,
      (state) => decide(payload, state),
      context,
    );
    return { id: payload.recommendationId, ...appended };
  }
}
