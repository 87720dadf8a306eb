import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideInstitution, institutionDecider } from '../../domain';
import { EventStreamRepository, institutionStream, type CommandResult } from '../common';
import { InstitutionCommandMessage } from './register-institution.command';

@CommandHandler(InstitutionCommandMessage)
export class InstitutionCommandHandler implements ICommandHandler<InstitutionCommandMessage> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: InstitutionCommandMessage): Promise<CommandResult> {
    const appended = await this.streams.execute(
      institutionStream(payload.institutionId),
      institutionDecider,
      (state) => decideInstitution(payload, state),
      context,
    );
    return { id: payload.institutionId, ...appended };
  }
}
