import { Command } from '@nestjs/cqrs';
import type { DeferResponse } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

/** The handler adds `today` from its clock. */
export class DeferResponseCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Omit<DeferResponse, 'today'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
