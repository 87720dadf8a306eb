import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { recommendationDecider, type LinkTarget } from '../../domain';
import { EventStreamRepository, recommendationStream, type CommandResult } from '../common';
import { LinkRecommendationCommand, UnlinkRecommendationCommand } from './link-recommendation.command';

/** Loads the other recommendation, so the decider can refuse an unknown one or a link it already declares back. */
@CommandHandler(LinkRecommendationCommand)
export class LinkRecommendationHandler implements ICommandHandler<LinkRecommendationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: LinkRecommendationCommand): Promise<CommandResult> {
    const { state } = await this.streams.load(
      recommendationStream(payload.otherRecommendationId),
      recommendationDecider,
    );
    const other: LinkTarget | undefined =
      state.status === 'none' ? undefined : { id: state.id, links: state.links ?? [] };
    return this.streams.decideRecommendation({ ...payload, other }, context);
  }
}

@CommandHandler(UnlinkRecommendationCommand)
export class UnlinkRecommendationHandler implements ICommandHandler<UnlinkRecommendationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: UnlinkRecommendationCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(payload, context);
  }
}
