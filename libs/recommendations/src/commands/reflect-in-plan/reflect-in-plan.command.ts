import { Command } from '@nestjs/cqrs';
import type { ReflectInPlan } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

/** The plan is loaded by the handler; the caller names it only by `planId`. */
export class ReflectInPlanCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Omit<ReflectInPlan, 'plan'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
