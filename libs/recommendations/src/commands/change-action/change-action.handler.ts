import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { ActionNotFoundError, decideAction, type ActionCommand, type ActionState } from '../../domain';
import { ActionStreams, type CommandResult } from '../common';
import { ChangeActionCommand, type ActionChange } from './change-action.command';

@CommandHandler(ChangeActionCommand)
export class ChangeActionHandler implements ICommandHandler<ChangeActionCommand> {
  constructor(
    private readonly actions: ActionStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ payload, context }: ChangeActionCommand): Promise<CommandResult> {
    const { state, implied } = await this.actions.load(payload.actionId);
    if (state.status === 'none') throw new ActionNotFoundError(payload.actionId);
    const command = await this.complete(payload, state);
    return this.actions.decide(
      payload.actionId,
      implied,
      (current) => decideAction(command, current),
      context,
    );
  }

  /** Adds what the decider needs to know and the caller does not say. */
  private async complete(
    payload: ActionChange,
    state: Exclude<ActionState, { status: 'none' }>,
  ): Promise<ActionCommand> {
    switch (payload.type) {
      case 'updateAction': {
        const institutions = [payload.leadInstitutionId, ...(payload.supportingInstitutionIds ?? [])];
        return { ...payload, context: await this.actions.contextOf(state.planId, institutions) };
      }
      case 'linkRecommendations':
        return {
          ...payload,
          unknownRecommendationIds: await this.actions.unknownRecommendations(payload.recommendationIds),
        };
      case 'changeIndicatorSchedule':
        return { ...payload, today: this.clock().toISOString().slice(0, 10) };
      default:
        return payload;
    }
  }
}
