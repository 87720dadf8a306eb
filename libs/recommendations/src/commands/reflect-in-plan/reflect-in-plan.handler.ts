import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decide, planDecider, planPeriodOf, recommendationDecider } from '../../domain';
import { EventStreamRepository, planStream, recommendationStream, type CommandResult } from '../shared';
import { ReflectInPlanCommand } from './reflect-in-plan.command';

@CommandHandler(ReflectInPlanCommand)
export class ReflectInPlanHandler implements ICommandHandler<ReflectInPlanCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ReflectInPlanCommand): Promise<CommandResult> {
    const plan = planPeriodOf((await this.streams.load(planStream(payload.planId), planDecider)).state);
    const stream = recommendationStream(payload.recommendationId);
    const command = { ...payload, plan };
    const appended = await this.streams.execute(
      stream,
      recommendationDecider,
      (state) => decide(command, state),
      context,
    );
    return { id: payload.recommendationId, ...appended };
  }
}
