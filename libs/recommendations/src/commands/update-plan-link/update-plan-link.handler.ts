import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { planDecider, planPeriodOf, recommendationDecider } from '../../domain';
import { EventStreamRepository, planStream, recommendationStream, type CommandResult } from '../common';
import { UpdatePlanLinkCommand } from './update-plan-link.command';

@CommandHandler(UpdatePlanLinkCommand)
export class UpdatePlanLinkHandler implements ICommandHandler<UpdatePlanLinkCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: UpdatePlanLinkCommand): Promise<CommandResult> {
    // A planned recommendation never changes plan, so the plan read here is still its plan when deciding.
    const { state } = await this.streams.load(
      recommendationStream(payload.recommendationId),
      recommendationDecider,
    );
    const planId = 'plan' in state ? state.plan?.planId : undefined;
    const plan =
      planId === undefined
        ? undefined
        : planPeriodOf((await this.streams.load(planStream(planId), planDecider)).state);
    return this.streams.decideRecommendation({ ...payload, plan }, context);
  }
}
