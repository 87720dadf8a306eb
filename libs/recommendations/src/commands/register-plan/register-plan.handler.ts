import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decidePlan, planDecider } from '../../domain';
import { EventStreamRepository, planStream, type CommandResult } from '../common';
import { RegisterPlanCommand } from './register-plan.command';

@CommandHandler(RegisterPlanCommand)
export class RegisterPlanHandler implements ICommandHandler<RegisterPlanCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: RegisterPlanCommand): Promise<CommandResult> {
    const appended = await this.streams.execute(
      planStream(payload.planId),
      planDecider,
      (state) => decidePlan(payload, state),
      context,
    );
    return { id: payload.planId, ...appended };
  }
}
