import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { planDecider, planPeriodOf } from '../../domain';
import { EventStreamRepository, planStream, type CommandResult } from '../common';
import { ReflectInPlanCommand } from './reflect-in-plan.command';

@CommandHandler(ReflectInPlanCommand)
export class ReflectInPlanHandler implements ICommandHandler<ReflectInPlanCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ReflectInPlanCommand): Promise<CommandResult> {
    const plan = planPeriodOf((await this.streams.load(planStream(payload.planId), planDecider)).state);
    return this.streams.decideRecommendation({ ...payload, plan }, context);
  }
}
