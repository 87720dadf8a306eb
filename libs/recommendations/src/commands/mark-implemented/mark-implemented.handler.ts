import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decide, recommendationDecider } from '../../domain';
import { EventStreamRepository, recommendationStream, type CommandResult } from '../shared';
import { MarkImplementedCommand } from './mark-implemented.command';

@CommandHandler(MarkImplementedCommand)
export class MarkImplementedHandler implements ICommandHandler<MarkImplementedCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: MarkImplementedCommand): Promise<CommandResult> {
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
