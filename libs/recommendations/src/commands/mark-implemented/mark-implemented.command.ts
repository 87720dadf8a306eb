import { Command } from '@nestjs/cqrs';
import type { MarkImplemented } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class MarkImplementedCommand extends Command<CommandResult> {
  constructor(
    readonly payload: MarkImplemented,
    readonly context: CommandContext,
  ) {
    super();
  }
}
