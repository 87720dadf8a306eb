import { Command } from '@nestjs/cqrs';
import type { Publish, Unpublish } from '../../domain';
import type { CommandContext, CommandResult } from '../common';

/** Puts the recommendation on the public portal, its rationale only when `rationalePublic`. */
export class PublishRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Publish,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class UnpublishRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly payload: Unpublish,
    readonly context: CommandContext,
  ) {
    super();
  }
}
