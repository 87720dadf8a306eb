import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStreamRepository, type CommandResult } from '../common';
import { AttachEvidenceCommand } from './attach-evidence.command';

@CommandHandler(AttachEvidenceCommand)
export class AttachEvidenceHandler implements ICommandHandler<AttachEvidenceCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: AttachEvidenceCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
