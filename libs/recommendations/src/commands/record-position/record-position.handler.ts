import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decide, recommendationDecider } from '../../domain';
import { EventStreamRepository, recommendationStream, type CommandResult } from '../shared';
import { RecordPositionCommand } from './record-position.command';

@CommandHandler(RecordPositionCommand)
export class RecordPositionHandler implements ICommandHandler<RecordPositionCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: RecordPositionCommand): Promise<CommandResult> {
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
