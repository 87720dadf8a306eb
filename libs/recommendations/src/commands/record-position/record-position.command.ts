import { Command } from '@nestjs/cqrs';
import type { RecordPosition } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class RecordPositionCommand extends Command<CommandResult> {
  constructor(
    readonly payload: RecordPosition,
    readonly context: CommandContext,
  ) {
    super();
  }
}
