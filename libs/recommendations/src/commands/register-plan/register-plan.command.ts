import { Command } from '@nestjs/cqrs';
import type { RegisterPlan } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class RegisterPlanCommand extends Command<CommandResult> {
  constructor(
    readonly payload: RegisterPlan,
    readonly context: CommandContext,
  ) {
    super();
  }
}
