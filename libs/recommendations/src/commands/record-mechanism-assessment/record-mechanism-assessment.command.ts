import { Command } from '@nestjs/cqrs';
import type { RecordMechanismAssessment } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

/** `today` comes from the handler's clock. */
export class RecordMechanismAssessmentCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Omit<RecordMechanismAssessment, 'today'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
