import { Command } from '@nestjs/cqrs';
import type { RecordPosition } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

/** The handler adds `today` from its clock. */
export class RecordPositionCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Omit<RecordPosition, 'today'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
