import { Command } from '@nestjs/cqrs';
import type { InstitutionCommand } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

/** Registering or updating an institution: one stream each, `institution-<id>`. */
export class InstitutionCommandMessage extends Command<CommandResult> {
  constructor(
    readonly payload: InstitutionCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}
