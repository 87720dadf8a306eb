import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { planDecider, planPeriodOf, recommendationDecider } from '../../domain';
import {
  EventStreamRepository,
  PlanLinkActions,
  planStream,
  recommendationStream,
  type CommandResult,
} from '../common';
import { UpdatePlanLinkCommand } from './update-plan-link.command';

@CommandHandler(UpdatePlanLinkCommand)
export class UpdatePlanLinkHandler implements ICommandHandler<UpdatePlanLinkCommand> {
  constructor(
    private readonly streams: EventStreamRepository,
    private readonly planActions: PlanLinkActions,
  ) {}

  async execute({ payload, context }: UpdatePlanLinkCommand): Promise<CommandResult> {
    // A planned recommendation never changes plan, so the plan read here is still its plan when deciding.
    const { state } = await this.streams.load(
      recommendationStream(payload.recommendationId),
      recommendationDecider,
    );
    const link = 'plan' in state ? state.plan : undefined;
    const plan =
      link === undefined
        ? undefined
        : planPeriodOf((await this.streams.load(planStream(link.planId), planDecider)).state);
    const actionId =
      link === undefined ? undefined : this.planActions.actionIdFor(link.planId, payload.actionRef);
    const result = await this.streams.decideRecommendation({ ...payload, actionId, plan }, context);
    if (
      link !== undefined &&
      payload.actionRef !== undefined &&
      actionId !== undefined &&
      actionId !== link.actionId
    ) {
      if (link.actionId !== undefined)
        await this.planActions.unlink(link.actionId, payload.recommendationId, context);
      await this.planActions.link(link.planId, payload.actionRef, payload.recommendationId, context);
    }
    return result;
  }
}
