import { Command } from '@nestjs/cqrs';
import type { Archive } from '../../domain';
import type { CommandContext, CommandResult } from '../shared';

export class ArchiveRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Archive,
    readonly context: CommandContext,
  ) {
    super();
  }
}
