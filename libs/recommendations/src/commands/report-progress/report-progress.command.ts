import { Command } from '@nestjs/cqrs';
import type { ReportProgress } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class ReportProgressCommand extends Command<CommandResult> {
  constructor(
    readonly payload: ReportProgress,
    readonly context: CommandContext,
  ) {
    super();
  }
}
