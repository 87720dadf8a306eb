import { Command } from '@nestjs/cqrs';
import type { Archive } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

export class ArchiveRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Archive,
    readonly context: CommandContext,
  ) {
    super();
  }
}
