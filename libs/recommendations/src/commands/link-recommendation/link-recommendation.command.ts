import { Command } from '@nestjs/cqrs';
import type { LinkRecommendation, UnlinkRecommendation } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

/** `other` is loaded by the handler. */
export class LinkRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Omit<LinkRecommendation, 'other'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class UnlinkRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly payload: UnlinkRecommendation,
    readonly context: CommandContext,
  ) {
    super();
  }
}
