import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { planDecider, planPeriodOf } from '../../domain';
import { EventStreamRepository, PlanLinkActions, planStream, type CommandResult } from '../common';
import { ReflectInPlanCommand } from './reflect-in-plan.command';

@CommandHandler(ReflectInPlanCommand)
export class ReflectInPlanHandler implements ICommandHandler<ReflectInPlanCommand> {
  constructor(
    private readonly streams: EventStreamRepository,
    private readonly planActions: PlanLinkActions,
  ) {}

  async execute({ payload, context }: ReflectInPlanCommand): Promise<CommandResult> {
    const plan = planPeriodOf((await this.streams.load(planStream(payload.planId), planDecider)).state);
    const actionId = this.planActions.actionIdFor(payload.planId, payload.actionRef);
    const result = await this.streams.decideRecommendation({ ...payload, actionId, plan }, context);
    // After the recommendation's decision, so a refused reflection creates no action.
    if (payload.actionRef !== undefined && actionId !== undefined) {
      await this.planActions.link(payload.planId, payload.actionRef, payload.recommendationId, context);
    }
    return result;
  }
}
