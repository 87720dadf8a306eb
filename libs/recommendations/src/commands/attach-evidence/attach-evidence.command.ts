import { Command } from '@nestjs/cqrs';
import type { AttachEvidence } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class AttachEvidenceCommand extends Command<CommandResult> {
  constructor(
    readonly payload: AttachEvidence,
    readonly context: CommandContext,
  ) {
    super();
  }
}
