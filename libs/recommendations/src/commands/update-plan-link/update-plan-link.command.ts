import { Command } from '@nestjs/cqrs';
import type { UpdatePlanLink } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

/** The handler loads the recommendation's own plan; the caller names only the details. */
export class UpdatePlanLinkCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Omit<UpdatePlanLink, 'plan'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
