import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideAction } from '../../domain';
import { ActionStreams, actionIdOf, type CommandResult } from '../common';
import { CreateActionCommand } from './create-action.command';

@CommandHandler(CreateActionCommand)
export class CreateActionHandler implements ICommandHandler<CreateActionCommand> {
  constructor(private readonly actions: ActionStreams) {}

  async execute({ payload, context }: CreateActionCommand): Promise<CommandResult> {
    const actionId = actionIdOf(payload.planId, payload.number);
    const institutions = [payload.leadInstitutionId, ...payload.supportingInstitutionIds];
    const actionContext = await this.actions.contextOf(payload.planId, institutions);
    // An action implied by version-1 plan links already holds the number: the decider answers 409.
    const { implied } = await this.actions.load(actionId);
    const command = { ...payload, number: payload.number.trim(), actionId, context: actionContext };
    return this.actions.decide(actionId, implied, (state) => decideAction(command, state), context);
  }
}
